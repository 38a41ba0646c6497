// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/querystring.h"

#include "core/severitymap.h"
#include "core/timestamp.h"

#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace {

// A null QString binds as SQL NULL; a filter value that happens to be empty must still compare as ''.
QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// NOT that treats NULL as false, so that negations also match rows where the field is missing. Plain `NOT (x)`
// is NULL when x is, and a WHERE drops such rows.
SqlFragment notTrue(const SqlFragment &predicate)
{
    return {QStringLiteral("NOT COALESCE(") + predicate.sql + QStringLiteral(", FALSE)"), predicate.binds};
}

SqlFragment compare(const SqlFragment &expr, QStringView op, const QVariant &value)
{
    return {expr.sql + u' ' + op + QStringLiteral(" ?"), expr.binds + QVariantList {value}};
}

SqlFragment inList(const SqlFragment &expr, const QVariantList &values)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), values.size());
    return {expr.sql + QStringLiteral(" IN (") + marks.join(QStringLiteral(", ")) + u')', expr.binds + values};
}

bool isTruthy(const QString &text)
{
    static const QStringList truthy = {QStringLiteral("true"),
        QStringLiteral("t"),
        QStringLiteral("1"),
        QStringLiteral("yes"),
        QStringLiteral("y"),
        QStringLiteral("on")};
    return truthy.contains(text.toLower());
}

// The wire format first; then what a person types into a search box or PostgreSQL would cast: `2024-05-01`,
// `2024-05-01T09:30:00`, offsets. Without an offset the time is UTC, as everything Alerta stores.
std::optional<Timestamp> parseTime(const QString &text)
{
    if (const std::optional<Timestamp> wire = IsoTime::parse(text))
        return wire;
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return std::nullopt;
    if (parsed.timeSpec() == Qt::LocalTime)
        return QDateTime(parsed.date(), parsed.time(), Qt::UTC).toMSecsSinceEpoch();
    return parsed.toMSecsSinceEpoch();
}

// A value as the field's kind binds it; nullopt when the text cannot be one (letters for an integer...).
std::optional<QVariant> typedValue(FieldKind kind, const QString &text, const SqlDialect &dialect)
{
    switch (kind) {
    case FieldKind::Integer: {
        bool ok = false;
        const qint64 number = text.toLongLong(&ok);
        return ok ? std::optional<QVariant>(number) : std::nullopt;
    }
    case FieldKind::Time: {
        const std::optional<Timestamp> time = parseTime(text);
        return time ? std::optional<QVariant>(dialect.timeValue(*time)) : std::nullopt;
    }
    case FieldKind::Boolean:
        return dialect.boolValue(isTruthy(text));
    case FieldKind::Text:
    case FieldKind::JsonArray:
    case FieldKind::JsonObject:
        break;
    }
    return QVariant(nonNull(text));
}

QString badValueMessage(const FieldSpec &field, const QString &value)
{
    if (field.kind == FieldKind::Time)
        return IsoTime::formatError();
    return QStringLiteral("Invalid %1 value: '%2' is not an integer").arg(field.name, value);
}

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// `\b` only where the pattern starts/ends with a word character: a boundary before a non-word character would
// demand a word character in front of it.
QString anchored(const QString &pattern, bool startsWithWord, bool endsWithWord)
{
    return (startsWithWord ? QStringLiteral("\\b") : QString()) + pattern
        + (endsWithWord ? QStringLiteral("\\b") : QString());
}

// Status letters of the ALERTA alarm model (spec §2.3): `sort-by=status` puts open first.
const QList<QPair<QString, QString>> &statusLetters()
{
    static const QList<QPair<QString, QString>> letters = {{QStringLiteral("open"), QStringLiteral("A")},
        {QStringLiteral("assign"), QStringLiteral("B")},
        {QStringLiteral("ack"), QStringLiteral("C")},
        {QStringLiteral("shelved"), QStringLiteral("D")},
        {QStringLiteral("blackout"), QStringLiteral("E")},
        {QStringLiteral("closed"), QStringLiteral("F")},
        {QStringLiteral("expired"), QStringLiteral("G")},
        {QStringLiteral("unknown"), QStringLiteral("H")}};
    return letters;
}

class SqliteDialect final : public SqlDialect
{
public:
    SqlFragment containsIgnoringCase(const SqlFragment &expr, const QString &needle) const override
    {
        // LIKE folds ASCII case only; a needle with other letters needs the Unicode-aware regex.
        for (QChar c : needle) {
            if (c.unicode() > 0x7f)
                return matchesRegex(expr, QRegularExpression::escape(needle));
        }
        QString escaped = needle;
        escaped.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'%', QStringLiteral("\\%"))
            .replace(u'_', QStringLiteral("\\_"));
        return {expr.sql + QStringLiteral(" LIKE ? ESCAPE '\\'"),
            expr.binds + QVariantList {QString(u'%' + escaped + u'%')}};
    }

    SqlFragment matchesRegex(const SqlFragment &expr, const QString &pattern) const override
    {
        // SqliteConnection registers regexp() over QRegularExpression.
        return {expr.sql + QStringLiteral(" REGEXP ?"),
            expr.binds + QVariantList {QString(QStringLiteral("(?i)") + pattern)}};
    }

    SqlFragment anyElement(const QString &arrayColumn,
        const std::function<SqlFragment(const SqlFragment &element)> &predicate) const override
    {
        const SqlFragment inner = predicate({QStringLiteral("je.value"), {}});
        return {QStringLiteral("EXISTS (SELECT 1 FROM json_each(") + identifier(arrayColumn)
                + QStringLiteral(") AS je WHERE ") + inner.sql + u')',
            inner.binds};
    }

    // json_each rather than json_extract: a JSON path cannot spell a key that contains a double quote.
    SqlFragment objectValue(const QString &objectColumn, const QString &key) const override
    {
        return {QStringLiteral("(SELECT jo.value FROM json_each(") + identifier(objectColumn)
                + QStringLiteral(") AS jo WHERE jo.key = ?)"),
            {nonNull(key)}};
    }

    QString objectValueLiteral(const QString &objectColumn, const QString &key) const override
    {
        return QStringLiteral("(SELECT jo.value FROM json_each(") + identifier(objectColumn)
            + QStringLiteral(") AS jo WHERE jo.key = ") + literal(key) + u')';
    }

    SqlFragment hasKey(const QString &objectColumn, const QString &key) const override
    {
        return {QStringLiteral("EXISTS (SELECT 1 FROM json_each(") + identifier(objectColumn)
                + QStringLiteral(") AS jo WHERE jo.key = ?)"),
            {nonNull(key)}};
    }

    QVariant timeValue(Timestamp time) const override { return QVariant(static_cast<qint64>(time)); }
    QVariant boolValue(bool value) const override { return QVariant(static_cast<qint64>(value ? 1 : 0)); }
};

// ---- query parameters (field filters) ----

// How one filter parameter compares, decided from its values before any SQL is written.
struct ValueMatch
{
    enum class Op { Equal, In, Contains, Regex };
    Op op = Op::Equal;
    QVariantList values; ///< Equal, In
    QString text;        ///< Contains: the needle; Regex: the pattern
};

SqlFragment applyMatch(const SqlFragment &expr, const ValueMatch &match, const SqlDialect &dialect)
{
    switch (match.op) {
    case ValueMatch::Op::Equal:
        return compare(expr, u"=", match.values.first());
    case ValueMatch::Op::In:
        return inList(expr, match.values);
    case ValueMatch::Op::Contains:
        return dialect.containsIgnoringCase(expr, match.text);
    case ValueMatch::Op::Regex:
        break;
    }
    return dialect.matchesRegex(expr, match.text);
}

QString withoutLeadingTildes(const QString &value)
{
    qsizetype i = 0;
    while (i < value.size() && value.at(i) == u'~')
        ++i;
    return value.mid(i);
}

// Upstream's rules: one value is `=` or, with a leading `~`, a case-insensitive substring; several values are IN
// or, when any has a `~`, one case-insensitive regex `a|b` of all of them.
Result<ValueMatch> planMatch(const FieldSpec &field, const QStringList &values, const SqlDialect &dialect)
{
    const bool textual = field.kind == FieldKind::Text || field.kind == FieldKind::JsonArray;
    const bool anyTilde
        = textual && std::any_of(values.begin(), values.end(), [](const QString &v) { return v.startsWith(u'~'); });
    if (anyTilde && values.size() == 1)
        return ValueMatch {ValueMatch::Op::Contains, {}, values.first().mid(1)};
    if (anyTilde) {
        QStringList alternatives;
        for (const QString &v : values)
            alternatives.append(withoutLeadingTildes(v));
        const QString pattern = alternatives.join(u'|');
        const QRegularExpression check(pattern);
        if (!check.isValid())
            return ApiError::badRequest(QStringLiteral("Invalid regular expression for %1: %2 (%3)")
                                            .arg(field.name, pattern, check.errorString()));
        return ValueMatch {ValueMatch::Op::Regex, {}, pattern};
    }
    QVariantList typed;
    for (const QString &v : values) {
        const std::optional<QVariant> value = typedValue(field.kind, v, dialect);
        if (!value)
            return ApiError::badRequest(badValueMessage(field, v));
        typed.append(*value);
    }
    return ValueMatch {typed.size() == 1 ? ValueMatch::Op::Equal : ValueMatch::Op::In, typed, {}};
}

// ---- q syntax ----

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

// Characters that end a word (pyparsing's excluded set upstream); `?` and `*` are wildcards inside terms.
bool isSpecial(QChar c)
{
    return QStringView(u"=><(){}[]^\"~*?:\\/").contains(c);
}

class Parser
{
public:
    Parser(QStringView text, const FieldTable &fields, const SqlDialect &dialect)
        : m_text(text), m_fields(fields), m_dialect(dialect)
    { }

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
        QList<Clause> clauses {parseAnd(def)};
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
        QList<Clause> clauses {parseUnary(def)};
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
            return {notTrue(resolved(parseUnary(def))), Modifier::None};
        if (acceptSymbol(u"+"))
            return {resolved(parseUnary(def)), Modifier::Required};
        if (acceptSymbol(u"-"))
            return {resolved(parseUnary(def)), Modifier::Prohibited};
        return {parseClause(def), Modifier::None};
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
        const Clause inner = parseOr(def);
        skipSpace();
        if (!acceptSymbol(u")"))
            fail(QStringLiteral("missing ')'"));
        return resolved(inner);
    }

    SqlFragment parseExists()
    {
        const QString key = peek() == u'"' ? readQuoted() : readFieldName();
        const FieldSpec *object = firstObjectField();
        if (key.isEmpty() || !object)
            fail(QStringLiteral("_exists_ needs an attribute key"));
        return m_dialect.hasKey(object->column, key);
    }

    SqlFragment parseTerm(const Target &target)
    {
        const QChar c = peek();
        if (c == u'"') {
            const QString phrase = readQuoted();
            const auto boundary = [&](qsizetype i) { return !phrase.isEmpty() && isWordCharacter(phrase.at(i)); };
            return patternMatch(target,
                anchored(QRegularExpression::escape(phrase), boundary(0), boundary(phrase.size() - 1)));
        }
        if (c == u'/')
            return patternMatch(target, readRegex());
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

    SqlFragment patternMatch(const Target &target, const QString &pattern) const
    {
        const QRegularExpression check(pattern);
        if (!check.isValid())
            fail(QStringLiteral("invalid regular expression '%1': %2").arg(pattern, check.errorString()));
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
            SqlFragment both
                = low || high ? SqlFragment {} : SqlFragment {e.sql + QStringLiteral(" IS NOT NULL"), e.binds};
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
                pattern += QRegularExpression::escape(QString(c));
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

    [[noreturn]] static void fail(const QString &reason) { throw ParseFailure {reason}; }

    QStringView m_text;
    qsizetype m_pos = 0;
    const FieldTable &m_fields;
    const SqlDialect &m_dialect;
};

} // namespace

// ---- SqlDialect ----

const SqlDialect &SqlDialect::sqlite()
{
    static const SqliteDialect dialect {};
    return dialect;
}

QString SqlDialect::identifier(const QString &name) const
{
    QString escaped = name;
    return u'"' + escaped.replace(u'"', QStringLiteral("\"\"")) + u'"';
}

QString SqlDialect::literal(const QString &text) const
{
    QString escaped = text;
    return u'\'' + escaped.replace(u'\'', QStringLiteral("''")) + u'\'';
}

// ---- FieldTable ----

FieldTable::FieldTable(QList<FieldSpec> fields) : m_fields(std::move(fields)) { }

const FieldSpec *FieldTable::byName(const QString &name, FieldSpec::Use use) const
{
    for (const FieldSpec &f : m_fields) {
        if (f.name == name && f.uses.testFlag(use))
            return &f;
    }
    return nullptr;
}

const FieldSpec *FieldTable::forSearch(const QString &name) const
{
    for (const FieldSpec &f : m_fields) {
        if (f.column == name && f.uses.testFlag(FieldSpec::Use::Search))
            return &f;
    }
    return byName(name, FieldSpec::Use::Search);
}

const FieldSpec *FieldTable::objectField(const QString &name) const
{
    for (const FieldSpec &f : m_fields) {
        if (f.kind == FieldKind::JsonObject && (f.name == name || f.column == name))
            return &f;
    }
    return nullptr;
}

Result<SqlFragment> FieldTable::filter(
    const QString &parameter, const QStringList &values, const SqlDialect &dialect) const
{
    const bool negate = parameter.endsWith(u'!');
    const QString name = negate ? parameter.chopped(1) : parameter;
    const ApiError invalid = ApiError::badRequest(QStringLiteral("Invalid filter parameter: ") + parameter);
    if (values.isEmpty())
        return SqlFragment {};

    SqlFragment predicate;
    const qsizetype dot = name.indexOf(u'.');
    if (dot > 0) {
        // attributes.<key>: string equality on the first value, as upstream's JSON containment.
        const FieldSpec *object = objectField(name.left(dot));
        if (!object || !object->uses.testFlag(FieldSpec::Use::Filter))
            return invalid;
        predicate = compare(dialect.objectValue(object->column, name.mid(dot + 1)), u"=", nonNull(values.first()));
    } else {
        const FieldSpec *field = byName(name, FieldSpec::Use::Filter);
        if (!field || field->kind == FieldKind::JsonObject)
            return invalid;
        const Result<ValueMatch> match = planMatch(*field, values, dialect);
        if (!match)
            return match.error();
        const auto apply = [&](const SqlFragment &e) { return applyMatch(e, *match, dialect); };
        predicate = field->kind == FieldKind::JsonArray ? dialect.anyElement(field->column, apply)
                                                        : apply({dialect.identifier(field->column), {}});
    }
    return negate ? notTrue(predicate) : predicate;
}

Result<QString> FieldTable::sortTerm(
    const QString &sortBy, const SqlDialect &dialect, const SeverityMap &severities) const
{
    const bool invert = sortBy.startsWith(u'-');
    const QString name = invert ? sortBy.mid(1) : sortBy;
    const ApiError unsupported = ApiError::badRequest(QStringLiteral("Sorting by '%1' field not supported.").arg(name));

    QString expr;
    bool ascending = true;
    const qsizetype dot = name.indexOf(u'.');
    if (dot > 0) {
        const FieldSpec *object = objectField(name.left(dot));
        if (!object || !object->uses.testFlag(FieldSpec::Use::Sort))
            return unsupported;
        expr = dialect.objectValueLiteral(object->column, name.mid(dot + 1));
    } else {
        const FieldSpec *field = byName(name, FieldSpec::Use::Sort);
        if (!field)
            return unsupported;
        const QString column = dialect.identifier(field->column);
        switch (field->sortKey) {
        case FieldSpec::SortKey::Value:
            expr = column;
            break;
        case FieldSpec::SortKey::SeverityLevel:
            // Unlike upstream's join, a severity outside the map gives NULL here and sorts last instead of
            // dropping the alert from the result.
            expr = QStringLiteral("CASE ") + column;
            for (const auto &[severity, level] : severities.levels())
                expr += QStringLiteral(" WHEN %1 THEN %2").arg(dialect.literal(severity)).arg(level);
            expr += QStringLiteral(" END");
            break;
        case FieldSpec::SortKey::StatusLetter:
            expr = QStringLiteral("CASE ") + column;
            for (const auto &[status, letter] : statusLetters())
                expr += QStringLiteral(" WHEN %1 THEN %2").arg(dialect.literal(status), dialect.literal(letter));
            expr += QStringLiteral(" END");
            break;
        }
        ascending = field->kind != FieldKind::Time; // times: newest first
    }
    if (invert)
        ascending = !ascending;
    return QString(
        expr + (ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC")) + QStringLiteral(" NULLS LAST"));
}

Result<QString> FieldTable::groupColumn(const QString &groupBy, const SqlDialect &dialect) const
{
    for (const FieldSpec &f : m_fields) {
        if ((f.name == groupBy || f.column == groupBy) && f.uses.testFlag(FieldSpec::Use::Group))
            return dialect.identifier(f.column);
    }
    return ApiError::badRequest(QStringLiteral("Grouping by '%1' field not supported.").arg(groupBy));
}

// ---- QueryString ----

Result<SqlFragment> QueryString::parse(
    const QString &query, const FieldTable &fields, const QString &defaultField, const SqlDialect &dialect)
{
    if (query.trimmed().isEmpty())
        return SqlFragment {};
    try {
        Parser parser(query, fields, dialect);
        return parser.parseAll(parser.resolveField(defaultField));
    } catch (const ParseFailure &failure) {
        return ApiError {400, QStringLiteral("Failed to parse query string."), {failure.reason}};
    }
}
