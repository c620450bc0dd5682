#pragma once

#include <QDockWidget>

#include "core/watch/watch.h"

class Dialogs;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

// The Events view: the watches' events, newest first, unacknowledged ones in
// bold, filtered by kind and by watch; Acknowledge (the selected ones, or all
// shown) and Export (JSON, what is shown).
class EventsPanel final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventsPanel)

public:
    EventsPanel(Dialogs *dialogs, QWidget *parent = nullptr);

    void setEvents(const QList<WatchEvent> &events, const QString &error);
    // The watches to filter by (the filter keeps its choice while it can).
    void setWatchNames(const QStringList &names);
    void retranslate();

Q_SIGNALS:
    void acknowledgeRequested(const QList<qint64> &ids);
    void statusMessage(const QString &text);
    // The list was shown (tests wait for it): the rows it shows.
    void listed(int rows);

private:
    void showRows(const QString &error);
    void exportShown();
    QList<qint64> shownIds(bool selectedOnly) const;

    Dialogs *m_dialogs;
    QTableWidget *m_table;
    QComboBox *m_kind;
    QComboBox *m_watch;
    QPushButton *m_acknowledge;
    QPushButton *m_export;
    QLabel *m_count;
    QList<WatchEvent> m_events;
};
