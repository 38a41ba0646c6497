// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/querystring.h"

#include <functional>
#include <optional>
#include <utility>

#include <QList>
#include <QRegularExpression>

#include "core/fieldtable.h"
#include "core/querysql.h"

namespace {

using QuerySql::compare;
using QuerySql::notTrue;
using QuerySql::typedValue;

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

struct ParseFailure
{
    QString reason;
};

// What a `q` term is matched against: a field, or one key of a JSON object field.
struct Target
{
    const FieldSpec *field = nullptr;
    bool isKey = false;
    QString key;
};

enum class Modifier { None, Required, Prohibited };

struct Clause
{
    SqlFragment sql;
    Modifier modifier = Modifier::None;
};

SqlFragment resolved(const Clause &clause)
{
    return clause.modifier == Modifier::Prohibited ? notTrue(clause.sql) : clause.sql;
}

// Lucene's rule for clauses joined by OR or juxtaposition: with required (+) clauses only they count, otherwise
// any optional one; prohibited (-) clauses are excluded either way.
Clause combineAlternatives(const QList<Clause> &clauses)
{
    if (clauses.size() == 1)
        return clauses.first();
    SqlFragment required;
    SqlFragment optional;
    SqlFragment prohibited;
    for (const Clause &c : clauses) {
        switch (c.modifier) {
        case Modifier::Required:
            required.andWith(c.sql);
            break;
        case Modifier::Prohibited:
            prohibited.andWith(notTrue(c.sql));
            break;
        case Modifier::None:
            optional.orWith(c.sql);
            break;
        }
    }
    SqlFragment result = required.isEmpty() ? optional : required;
    result.andWith(prohibited);
    return {result, Modifier::None};
}

// Bounds on what one `q` may hold. The parser recurses once per group and per NOT/+/-, on a worker thread's stack;
// and the SQL it builds must stay within what the database parses: SQLite's expression depth is 1,000 (which a chain
// of as many ORs reaches) and its parser's stack overflows between 20 and 30 nested `NOT COALESCE(…)`. Both bounds
// are far above what a person or a console's filter writes.
constexpr int MaxNesting = 16;
constexpr int MaxTerms = 500;

// Characters that end a word (pyparsing's excluded set upstream); `?` and `*` are wildcards inside terms.
bool isSpecial(QChar c)
{
    return QStringView(u"=><(){}[]^\"~*?:\\/").contains(c);
}

class Parser
{
public:
    Parser(QStringView text, const FieldTable &fields, const SqlDialect &dialect)
        : m_text(text)
        , m_fields(fields)
        , m_dialect(dialect)
    {}

    SqlFragment parseAll(const Target &defaultTarget)
    {
        skipSpace();
        if (atEnd())
            return {};
        const Clause clause = parseOr(defaultTarget);
        skipSpace();
        if (!atEnd())
            fail(QStringLiteral("unexpected '%1' at position %2").arg(peek()).arg(m_pos));
        return resolved(clause);
    }

    Target resolveField(const QString &name) const
    {
        const qsizetype dot = name.indexOf(u'.');
        if (dot > 0) {
            const QString head = name.left(dot);
            const FieldSpec *object = head == u"_" ? firstObjectField() : m_fields.objectField(head);
            if (!object || !object->uses.testFlag(FieldSpec::Use::Search))
                fail(QStringLiteral("unknown field '%1'").arg(name));
            if (dot + 1 == name.size())
                fail(QStringLiteral("missing key after '%1'").arg(name));
            return {object, true, name.mid(dot + 1)};
        }
        const FieldSpec *field = m_fields.forSearch(name);
        if (!field)
            fail(QStringLiteral("unknown field '%1'").arg(name));
        return {field, false, {}};
    }

private:
    // ---- grammar: or := and ((OR | || | juxtaposition) and)*; and := unary ((AND | &&) unary)*;
    //      unary := (NOT | !) unary | (+ | -) unary | clause; clause := [field:] (term | '(' or ')') ----

    Clause parseOr(const Target &def)
    {
        QList<Clause> clauses{parseAnd(def)};
        for (;;) {
            skipSpace();
            if (atEnd() || peek() == u')')
                break;
            if (!acceptKeyword(u"OR"))
                acceptSymbol(u"||");
            clauses.append(parseAnd(def));
        }
        return combineAlternatives(clauses);
    }

    Clause parseAnd(const Target &def)
    {
        QList<Clause> clauses{parseUnary(def)};
        for (;;) {
            skipSpace();
            if (!acceptKeyword(u"AND") && !acceptSymbol(u"&&"))
                break;
            clauses.append(parseUnary(def));
        }
        if (clauses.size() == 1)
            return clauses.first();
        SqlFragment all;
        for (const Clause &c : std::as_const(clauses))
            all.andWith(resolved(c));
        return {all, Modifier::None};
    }

    Clause parseUnary(const Target &def)
    {
        skipSpace();
        if (acceptKeyword(u"NOT") || acceptSymbol(u"!"))
            return {notTrue(resolved(parseOperand(def))), Modifier::None};
        if (acceptSymbol(u"+"))
            return {resolved(parseOperand(def)), Modifier::Required};
        if (acceptSymbol(u"-"))
            return {resolved(parseOperand(def)), Modifier::Prohibited};
        return {parseClause(def), Modifier::None};
    }

    // What a NOT, + or - applies to: one level deeper.
    Clause parseOperand(const Target &def)
    {
        const Nesting nesting(*this);
        return parseUnary(def);
    }

    SqlFragment parseClause(const Target &def)
    {
        skipSpace();
        if (atEnd())
            fail(QStringLiteral("unexpected end of query"));
        if (acceptSymbol(u"("))
            return parseGroup(def);
        if (atKeyword(u"AND") || atKeyword(u"OR") || atKeyword(u"TO"))
            fail(QStringLiteral("unexpected keyword at position %1").arg(m_pos));

        const qsizetype start = m_pos;
        const QString name = readFieldName();
        if (name.isEmpty() || !acceptSymbol(u":")) {
            m_pos = start;
            return parseTerm(def);
        }
        if (name == u"_exists_")
            return parseExists();
        const Target target = resolveField(name);
        if (acceptSymbol(u"("))
            return parseGroup(target);
        return parseTerm(target);
    }

    SqlFragment parseGroup(const Target &def)
    {
        const Nesting nesting(*this);
        const Clause inner = parseOr(def);
        skipSpace();
        if (!acceptSymbol(u")"))
            fail(QStringLiteral("missing ')'"));
        return resolved(inner);
    }

    SqlFragment parseExists()
    {
        countTerm();
        const QString key = peek() == u'"' ? readQuoted() : readFieldName();
        const FieldSpec *object = firstObjectField();
        if (key.isEmpty() || !object)
            fail(QStringLiteral("_exists_ needs an attribute key"));
        return m_dialect.hasKey(object->column, key);
    }

    SqlFragment parseTerm(const Target &target)
    {
        countTerm();
        const QChar c = peek();
        if (c == u'"') {
            const QString phrase = readQuoted();
            const auto boundary = [&](qsizetype i) { return !phrase.isEmpty() && isWordCharacter(phrase.at(i)); };
            return patternMatch(target,
                                anchored(m_dialect.regexLiteral(phrase), boundary(0), boundary(phrase.size() - 1)));
        }
        if (c == u'/')
            return patternMatch(target, checkedRegex(readRegex()));
        if (c == u'[' || c == u'{')
            return parseRange(target);
        if (c == u'>' || c == u'<')
            return parseOneSidedRange(target);

        bool startsWithWord = false;
        bool endsWithWord = false;
        QString pattern;
        bool wildcard = false;
        const QString word = readTerm(pattern, wildcard, startsWithWord, endsWithWord);
        if (word.isEmpty())
            fail(QStringLiteral("expected a search term at position %1").arg(m_pos));
        if (wildcard)
            return patternMatch(target, anchored(pattern, startsWithWord, endsWithWord));
        return wordMatch(target, word);
    }

    SqlFragment parseRange(const Target &target)
    {
        const bool lowerInclusive = next() == u'[';
        skipSpace();
        const std::optional<QString> lower = readBound();
        skipSpace();
        if (!acceptKeyword(u"TO"))
            fail(QStringLiteral("expected TO in range"));
        skipSpace();
        const std::optional<QString> upper = readBound();
        skipSpace();
        if (atEnd() || (peek() != u']' && peek() != u'}'))
            fail(QStringLiteral("missing ']' or '}' after range"));
        const bool upperInclusive = next() == u']';
        return rangeMatch(target,
                          {lowerInclusive ? QStringLiteral(">=") : QStringLiteral(">"), lower},
                          {upperInclusive ? QStringLiteral("<=") : QStringLiteral("<"), upper});
    }

    SqlFragment parseOneSidedRange(const Target &target)
    {
        QString op = next();
        if (acceptSymbol(u"="))
            op += u'=';
        skipSpace();
        return rangeMatch(target, {op, readBound()}, {});
    }

    // ---- what each kind of term means on each kind of field ----

    SqlFragment onTarget(const Target &target, const std::function<SqlFragment(const SqlFragment &)> &predicate) const
    {
        if (target.isKey)
            return predicate(m_dialect.objectValue(target.field->column, target.key));
        if (target.field->kind == FieldKind::JsonArray)
            return m_dialect.anyElement(target.field->column, predicate);
        return predicate({m_dialect.identifier(target.field->column), {}});
    }

    // Attribute values compare as text whatever their JSON type.
    FieldKind valueKind(const Target &target) const { return target.isKey ? FieldKind::Text : target.field->kind; }

    SqlFragment wordMatch(const Target &target, const QString &word) const
    {
        switch (valueKind(target)) {
        case FieldKind::Text:
        case FieldKind::JsonObject:
            return onTarget(target, [&](const SqlFragment &e) { return m_dialect.containsIgnoringCase(e, word); });
        case FieldKind::JsonArray:
            return onTarget(target, [&](const SqlFragment &e) { return compare(e, u"=", word); });
        case FieldKind::Integer:
        case FieldKind::Time:
        case FieldKind::Boolean:
            break;
        }
        const QVariant value = typed(target, word);
        return onTarget(target, [&](const SqlFragment &e) { return compare(e, u"=", value); });
    }

    // A word boundary only where the pattern starts/ends with a word character: a boundary before a non-word
    // character would demand a word character in front of it.
    QString anchored(const QString &pattern, bool startsWithWord, bool endsWithWord) const
    {
        const QString boundary = m_dialect.wordBoundary();
        return (startsWithWord ? boundary : QString()) + pattern + (endsWithWord ? boundary : QString());
    }

    // A client's regex, refused here rather than by the database when it does not compile. The patterns built
    // here are in the store's own syntax, which PCRE need not read (PostgreSQL's `\y`).
    QString checkedRegex(const QString &pattern) const
    {
        const QRegularExpression check(pattern);
        if (!check.isValid())
            fail(QStringLiteral("invalid regular expression '%1': %2").arg(pattern, check.errorString()));
        return pattern;
    }

    SqlFragment patternMatch(const Target &target, const QString &pattern) const
    {
        const FieldKind kind = valueKind(target);
        if (kind == FieldKind::Time || kind == FieldKind::Boolean)
            fail(QStringLiteral("field '%1' cannot be matched with a pattern").arg(target.field->column));
        return onTarget(target, [&](const SqlFragment &e) { return m_dialect.matchesRegex(e, pattern); });
    }

    struct Bound
    {
        QString op;                   ///< >, >=, <, <=
        std::optional<QString> value; ///< nullopt = `*`, unbounded
    };

    SqlFragment rangeMatch(const Target &target, const Bound &lower, const Bound &upper) const
    {
        if (valueKind(target) == FieldKind::Boolean)
            fail(QStringLiteral("field '%1' has no order").arg(target.field->column));
        std::optional<QVariant> low;
        std::optional<QVariant> high;
        if (lower.value)
            low = typed(target, *lower.value);
        if (upper.value)
            high = typed(target, *upper.value);
        return onTarget(target, [&](const SqlFragment &e) {
            // [* TO *] is Lucene's "field has a value".
            SqlFragment both =
                low || high ? SqlFragment{} : SqlFragment{e.sql + QStringLiteral(" IS NOT NULL"), e.binds};
            if (low)
                both.andWith(compare(e, lower.op, *low));
            if (high)
                both.andWith(compare(e, upper.op, *high));
            return both;
        });
    }

    QVariant typed(const Target &target, const QString &text) const
    {
        const FieldKind kind = valueKind(target);
        const std::optional<QVariant> value = typedValue(kind, text, m_dialect);
        if (!value)
            fail(QStringLiteral("'%1' is not a valid %2 for field '%3'")
                     .arg(text,
                          kind == FieldKind::Time ? QStringLiteral("date") : QStringLiteral("integer"),
                          target.field->column));
        return *value;
    }

    const FieldSpec *firstObjectField() const
    {
        for (const FieldSpec &f : m_fields.fields()) {
            if (f.kind == FieldKind::JsonObject && f.uses.testFlag(FieldSpec::Use::Search))
                return &f;
        }
        return nullptr;
    }

    // ---- lexing ----

    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek(qsizetype ahead = 0) const { return m_pos + ahead < m_text.size() ? m_text.at(m_pos + ahead) : QChar(); }
    QChar next()
    {
        const QChar c = peek();
        ++m_pos;
        return c;
    }

    void skipSpace()
    {
        while (!atEnd() && peek().isSpace())
            ++m_pos;
    }

    bool acceptSymbol(QStringView symbol)
    {
        if (!m_text.mid(m_pos).startsWith(symbol))
            return false;
        m_pos += symbol.size();
        return true;
    }

    // Keywords are case-insensitive (as upstream's CaselessKeyword) and must stand alone: `ORacle` is a word.
    bool atKeyword(QStringView keyword) const
    {
        if (!m_text.mid(m_pos).startsWith(keyword, Qt::CaseInsensitive))
            return false;
        const QChar after = peek(keyword.size());
        return after.isNull() || !(isWordCharacter(after) || after == u'.' || after == u'-');
    }

    bool acceptKeyword(QStringView keyword)
    {
        if (!atKeyword(keyword))
            return false;
        m_pos += keyword.size();
        return true;
    }

    QString readFieldName()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && !peek().isSpace() && !isSpecial(peek()))
            ++m_pos;
        return m_text.mid(start, m_pos - start).toString();
    }

    // A word with `\` escapes and the wildcards `?` (one or no character) and `*` (any characters). Returns the
    // literal text and fills the equivalent regex pattern.
    QString readTerm(QString &pattern, bool &wildcard, bool &startsWithWord, bool &endsWithWord)
    {
        QString text;
        bool first = true;
        while (!atEnd() && !peek().isSpace()) {
            QChar c = peek();
            bool literal = true;
            if (c == u'\\' && m_pos + 1 < m_text.size()) {
                ++m_pos;
                c = peek();
            } else if (c == u'?' || c == u'*') {
                literal = false;
            } else if (isSpecial(c)) {
                break;
            }
            ++m_pos;
            text += c;
            if (literal) {
                pattern += m_dialect.regexLiteral(QString(c));
            } else {
                pattern += c == u'?' ? QStringLiteral(".?") : QStringLiteral(".*");
                wildcard = true;
            }
            const bool word = literal && isWordCharacter(c);
            if (first)
                startsWithWord = word;
            endsWithWord = word;
            first = false;
        }
        return text;
    }

    // "a phrase" with \" and \\ escapes.
    QString readQuoted()
    {
        ++m_pos; // opening quote
        QString text;
        while (!atEnd() && peek() != u'"') {
            if (peek() == u'\\' && m_pos + 1 < m_text.size())
                ++m_pos;
            text += next();
        }
        if (!acceptSymbol(u"\""))
            fail(QStringLiteral("unterminated phrase"));
        return text;
    }

    // /regex/ with \/ for a slash; other escapes belong to the regex.
    QString readRegex()
    {
        ++m_pos; // opening slash
        QString pattern;
        while (!atEnd() && peek() != u'/') {
            if (peek() == u'\\' && peek(1) == u'/') {
                ++m_pos;
            } else if (peek() == u'\\' && m_pos + 1 < m_text.size()) {
                pattern += next();
            }
            pattern += next();
        }
        if (!acceptSymbol(u"/"))
            fail(QStringLiteral("unterminated regular expression"));
        return pattern;
    }

    // A range bound: a quoted phrase, `*` (unbounded) or a run of characters up to a space or bracket. Colons are
    // allowed so that times can be written as they are sent (`2024-05-01T09:30:00.000Z`).
    std::optional<QString> readBound()
    {
        if (peek() == u'"')
            return readQuoted();
        QString text;
        while (!atEnd() && !peek().isSpace() && !QStringView(u"[]{}()\"").contains(peek())) {
            if (peek() == u'\\' && m_pos + 1 < m_text.size())
                ++m_pos;
            text += next();
        }
        if (text.isEmpty())
            fail(QStringLiteral("missing range bound at position %1").arg(m_pos));
        if (text == u"*")
            return std::nullopt;
        return text;
    }

    [[noreturn]] static void fail(const QString &reason) { throw ParseFailure{reason}; }

    // One level of the parser's recursion, for as long as it lasts.
    class Nesting
    {
    public:
        explicit Nesting(Parser &parser)
            : m_parser(parser)
        {
            if (++m_parser.m_nesting > MaxNesting)
                fail(QStringLiteral("nested more than %1 levels deep").arg(MaxNesting));
        }
        ~Nesting() { --m_parser.m_nesting; }
        Nesting(const Nesting &) = delete;
        Nesting &operator=(const Nesting &) = delete;

    private:
        Parser &m_parser;
    };

    void countTerm()
    {
        if (++m_terms > MaxTerms)
            fail(QStringLiteral("more than %1 terms").arg(MaxTerms));
    }

    QStringView m_text;
    qsizetype m_pos = 0;
    int m_nesting = 0;
    int m_terms = 0;
    const FieldTable &m_fields;
    const SqlDialect &m_dialect;
};

} // namespace

Result<SqlFragment> QueryString::parse(const QString &query,
                                       const FieldTable &fields,
                                       const QString &defaultField,
                                       const SqlDialect &dialect)
{
    if (query.trimmed().isEmpty())
        return SqlFragment{};
    try {
        Parser parser(query, fields, dialect);
        return parser.parseAll(parser.resolveField(defaultField));
    } catch (const ParseFailure &failure) {
        return ApiError{400, QStringLiteral("Failed to parse query string."), {failure.reason}};
    }
}
