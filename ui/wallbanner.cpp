// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "ui/wallbanner.h"

#include <QAbstractProxyModel>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include "core/client/alertbackend.h"
#include "models/alerttablemodel.h"
#include "models/alertvaluetext.h"
#include "models/severitycounts.h"
#include "models/timeformat.h"
#include "ui/theme.h"

namespace {

/// The banner's colours of the data line: it must stand out on the wall's black, and turn into a warning.
const QColor staleColour(0xff, 0xb3, 0x00);
const QColor lostColour(0xd3, 0x2f, 0x2f);
const QColor currentColour(0x66, 0xbb, 0x6a);

/// The property that keeps a label's size relative to the banner's font, so that a new wall font size (which the
/// labels would not inherit once they have a font of their own) scales them all.
const char *const scaleProperty = "wallFontScale";

void applyScale(QLabel *label, const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * label->property(scaleProperty).toDouble());
    font.setBold(label->font().bold());
    label->setFont(font);
}

QLabel *scaledLabel(QWidget *parent, const QString &objectName, double scale, bool bold)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setProperty(scaleProperty, scale);
    QFont font = label->font();
    font.setBold(bold);
    label->setFont(font);
    applyScale(label, parent->font());
    return label;
}

void clearLayout(QLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

} // namespace

WallBanner::WallBanner(const AlertTableModel &model, const QAbstractProxyModel &proxy, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(proxy)
    , m_viewLabel(scaledLabel(this, QStringLiteral("wallViewLabel"), 1.3, true))
    , m_pageLabel(scaledLabel(this, QStringLiteral("wallPageLabel"), 1.0, false))
    , m_clockLabel(scaledLabel(this, QStringLiteral("wallClockLabel"), 2.2, true))
    , m_dateLabel(scaledLabel(this, QStringLiteral("wallDateLabel"), 0.9, false))
    , m_dataLabel(scaledLabel(this, QStringLiteral("wallDataLabel"), 1.0, true))
    , m_chips(new QWidget(this))
    , m_environments(new QWidget(this))
    , m_recounts(proxy, std::chrono::milliseconds(250), [this] { updateCounts(); })
{
    setObjectName(QStringLiteral("wallBanner"));
    m_clockLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_dateLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_dataLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_pageLabel->hide();

    auto *titles = new QVBoxLayout;
    titles->addWidget(m_viewLabel);
    titles->addWidget(m_pageLabel);
    auto *chipsLayout = new QHBoxLayout(m_chips);
    chipsLayout->setContentsMargins(0, 0, 0, 0);
    auto *environmentsLayout = new QHBoxLayout(m_environments);
    environmentsLayout->setContentsMargins(0, 0, 0, 0);
    environmentsLayout->setSpacing(48); // environments apart at a glance
    // However many severities and environments there are (and however long they are in the language), the counts
    // take the width that is left and never push the clock, or the window, past the edge of the screen.
    for (QWidget *part : {m_chips, m_environments})
        part->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *counts = new QVBoxLayout;
    counts->addWidget(m_chips);
    counts->addWidget(m_environments);
    auto *clock = new QVBoxLayout;
    clock->addWidget(m_clockLabel);
    clock->addWidget(m_dateLabel);
    clock->addWidget(m_dataLabel);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addLayout(titles);
    layout->addSpacing(24);
    layout->addLayout(counts, 1);
    layout->addLayout(clock);

    m_clockTimer.setInterval(std::chrono::seconds(1));
    connect(&m_clockTimer, &QTimer::timeout, this, &WallBanner::tick);
    m_clockTimer.start();
    setViewName(QString());
    updateCounts();
    tick();
}

WallBanner::~WallBanner() = default;

void WallBanner::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::FontChange)
        return;
    const QList<QLabel *> labels = findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->property(scaleProperty).isValid())
            applyScale(label, font());
    }
}

void WallBanner::setBackend(AlertBackend *backend)
{
    if (m_backend)
        m_backend->disconnect(this);
    m_backend = backend;
    if (backend) {
        connect(backend, &AlertBackend::stateChanged, this, &WallBanner::tick);
        connect(backend, &AlertBackend::syncedAtChanged, this, &WallBanner::tick);
    }
    tick();
}

void WallBanner::setViewName(const QString &name)
{
    m_viewLabel->setText(name.isEmpty() ? tr("All alerts") : name);
}

void WallBanner::setPage(int page, int pageCount)
{
    m_pageLabel->setText(tr("Page %1 of %2").arg(page + 1).arg(pageCount));
    m_pageLabel->setVisible(pageCount > 1);
}

void WallBanner::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
    tick();
}

void WallBanner::updateCounts()
{
    m_recounts.cancel();
    m_severityCounts.clear();
    m_environmentCounts.clear();
    const int rows = m_proxy.rowCount();
    for (int row = 0; row < rows; ++row) {
        // Through the source rows, not QVariant data(): this runs over every shown row.
        const Alert &alert = m_model.alertAt(m_proxy.mapToSource(m_proxy.index(row, 0)).row());
        ++m_severityCounts[alert.severity];
        ++m_environmentCounts[alert.environment][alert.severity];
    }
    rebuildChips();
}

void WallBanner::rebuildChips()
{
    const SeverityMap &severities = m_model.alarmModel().severities;
    const SeverityCounts counts = SeverityCounts::from(m_severityCounts, severities);
    const QLocale locale;
    clearLayout(m_chips->layout());
    for (const auto &[severity, n] : counts.bySeverity) {
        QLabel *chip = scaledLabel(m_chips, QStringLiteral("wallSeverityChip_") + severity, 1.4, true);
        chip->setText(tr("%1 %2", "count, severity").arg(locale.toString(n), AlertValueText::severity(severity)));
        const QColor background(m_model.alarmModel().severityColors.value(severity, QStringLiteral("#616161")));
        chip->setStyleSheet(
            QStringLiteral("QLabel { background: %1; color: %2; border-radius: 6px; padding: 4px 14px; }")
                .arg(background.name(), Theme::textOn(background).name()));
        m_chips->layout()->addWidget(chip);
        chip->show(); // at once: a layout would show it only on the next turn of the event loop
    }
    if (counts.bySeverity.isEmpty()) {
        QLabel *none = scaledLabel(m_chips, QStringLiteral("wallNoAlertsLabel"), 1.4, true);
        none->setText(tr("No alerts"));
        m_chips->layout()->addWidget(none);
        none->show();
    }
    static_cast<QHBoxLayout *>(m_chips->layout())->addStretch(1);

    clearLayout(m_environments->layout());
    QStringList environments = m_environmentCounts.keys();
    environments.sort(Qt::CaseInsensitive);
    for (const QString &environment : std::as_const(environments)) {
        const SeverityCounts here = SeverityCounts::from(m_environmentCounts.value(environment), severities);
        QLabel *label = scaledLabel(m_environments, QStringLiteral("wallEnvironmentLabel_") + environment, 1.1, true);
        // Across the room the numbers in their severity's colour say enough (the chips above are the legend), and
        // several environments fit on one line in any language; the words are in the tooltip and for screen readers.
        QStringList numbers;
        for (const auto &[severity, n] : here.bySeverity) {
            const QColor colour(m_model.alarmModel().severityColors.value(severity, QStringLiteral("#9e9e9e")));
            numbers.append(QStringLiteral("<span style=\"color:%1\">%2</span>").arg(colour.name(), locale.toString(n)));
        }
        label->setTextFormat(Qt::RichText);
        label->setText(
            QStringLiteral("%1&nbsp;&nbsp;%2").arg(environment.toHtmlEscaped(), numbers.join(QStringLiteral(" · "))));
        const QString words = tr("%1: %2", "environment: counts by severity").arg(environment, here.text());
        label->setToolTip(words);
        label->setAccessibleName(words);
        m_environments->layout()->addWidget(label);
        label->show();
    }
    static_cast<QHBoxLayout *>(m_environments->layout())->addStretch(1);
}

void WallBanner::tick()
{
    const QDateTime now = m_now();
    const QLocale locale;
    m_clockLabel->setText(locale.toString(now.time(), QStringLiteral("HH:mm:ss")));
    m_dateLabel->setText(locale.toString(now.date(), QLocale::LongFormat));

    const AlertBackend::State state = m_backend ? m_backend->state() : AlertBackend::State::Stopped;
    const QDateTime syncedAt = m_backend ? m_backend->syncedAt() : QDateTime();
    const qint64 age = syncedAt.isValid() ? qMax<qint64>(0, syncedAt.secsTo(now)) : -1;
    const QString since = syncedAt.isValid()
        ? tr("data as of %1 (%2)")
              .arg(locale.toString(syncedAt.toLocalTime().time(), QStringLiteral("HH:mm:ss")), TimeFormat::ago(age))
        : tr("no data yet");
    QString text;
    switch (state) {
    case AlertBackend::State::Live:
        m_freshness = Freshness::Current;
        text = tr("Live");
        break;
    case AlertBackend::State::Polling:
        m_freshness = age >= 0 && age <= m_staleAfter.count() ? Freshness::Current : Freshness::Stale;
        text =
            m_freshness == Freshness::Current ? tr("Updated %1").arg(TimeFormat::ago(age)) : tr("STALE: %1").arg(since);
        break;
    case AlertBackend::State::Connecting:
        // The first connection: not a warning yet, unless it takes as long as a stale list would.
        m_freshness = syncedAt.isValid() && age > m_staleAfter.count() ? Freshness::Stale : Freshness::Current;
        text = tr("Connecting… %1").arg(since);
        break;
    case AlertBackend::State::Reconnecting:
    case AlertBackend::State::Failed:
    case AlertBackend::State::Stopped:
        m_freshness = Freshness::Lost;
        text = m_backend ? tr("CONNECTION LOST: %1").arg(since) : tr("NOT CONNECTED");
        break;
    }
    const QColor colour = m_freshness == Freshness::Current ? currentColour
        : m_freshness == Freshness::Stale                   ? staleColour
                                                            : lostColour;
    m_dataLabel->setText(text);
    m_dataLabel->setToolTip(m_backend ? m_backend->stateMessage() : QString());
    // A warning is a filled block, not coloured text: it has to be seen from the other end of the room.
    m_dataLabel->setStyleSheet(m_freshness == Freshness::Current
                                   ? QStringLiteral("QLabel { color: %1; }").arg(colour.name())
                                   : QStringLiteral("QLabel { background: %1; color: %2; padding: 2px 10px; }")
                                         .arg(colour.name(), Theme::textOn(colour).name()));
}
