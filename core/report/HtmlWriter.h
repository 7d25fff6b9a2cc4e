#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace casebook {

/// Builds report HTML, escaping every value it is given: nothing from a record is ever markup.
/// Text elements carry dir="auto" so each keeps its own direction.
class HtmlWriter
{
public:
    QString text;

    static QString escape(const QString &value);
    static QString number(const std::optional<double> &value, int decimals = 1);

    void heading(int level, const QString &anchor, const QString &title, bool newPage = false);
    void para(const QString &value);
    void labelled(const QString &label, const QString &value);
    void list(const QString &label, const QStringList &items);
    /// A table with its header row in <thead> (repeated on each printed page); nothing when there are
    /// no rows. `widths`: the columns' shares of the width in percent (none: the layout decides).
    void table(const QStringList &header, const QList<QStringList> &rows, const QList<int> &widths = {});
    /// Label-value rows (a record's facts) under an optional level-3 heading; rows with an empty value
    /// are left out, and nothing (not even the heading) is written when every value is empty.
    void facts(const QList<QPair<QString, QString>> &rows, const QString &title = {});
};

} // namespace casebook
