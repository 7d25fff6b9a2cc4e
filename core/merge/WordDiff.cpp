#include "merge/WordDiff.h"

#include <QStringView>

namespace casebook {

namespace {

constexpr qsizetype kMaxCells = 2'000'000; ///< the longest common subsequence table's size limit

struct Token
{
    int start;
    QStringView text;
};

QList<Token> tokens(const QString &s, int from, int to)
{
    QList<Token> out;
    int i = from;
    while (i < to) {
        int j = i + 1;
        if (s.at(i).isLetterOrNumber()) {
            while (j < to && s.at(j).isLetterOrNumber())
                ++j;
        }
        out.append({i, QStringView(s).mid(i, j - i)});
        i = j;
    }
    return out;
}

/// Adds the range of `t` to `ranges`, joined to the previous range when they touch.
void mark(QList<WordDiff::Range> &ranges, int start, int length)
{
    if (!ranges.isEmpty() && ranges.last().start + ranges.last().length == start)
        ranges.last().length += length;
    else
        ranges.append({start, length});
}

} // namespace

WordDiff WordDiff::between(const QString &a, const QString &b)
{
    WordDiff d;
    // The common beginning and end need no table.
    int head = 0;
    while (head < a.size() && head < b.size() && a.at(head) == b.at(head))
        ++head;
    while (head > 0 && head < std::min(a.size(), b.size()) && a.at(head - 1).isLetterOrNumber())
        --head; // start at a word's beginning
    int tailA = int(a.size()), tailB = int(b.size());
    while (tailA > head && tailB > head && a.at(tailA - 1) == b.at(tailB - 1)) {
        --tailA;
        --tailB;
    }
    while (tailA < a.size() && tailA > head && a.at(tailA).isLetterOrNumber()) {
        ++tailA;
        ++tailB;
    }
    const QList<Token> x = tokens(a, head, tailA), y = tokens(b, head, tailB);
    const qsizetype n = x.size(), m = y.size();
    if ((n + 1) * (m + 1) > kMaxCells) {
        if (tailA > head)
            d.mine.append({head, tailA - head});
        if (tailB > head)
            d.theirs.append({head, tailB - head});
        return d;
    }
    // lcs[i][j]: length of the longest common subsequence of x[i..] and y[j..].
    QList<int> lcs((n + 1) * (m + 1), 0);
    auto at = [&lcs, m](qsizetype i, qsizetype j) -> int & { return lcs[i * (m + 1) + j]; };
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            at(i, j) = x[i].text == y[j].text ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    }
    qsizetype i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && x[i].text == y[j].text) {
            ++i;
            ++j;
        } else if (j >= m || (i < n && at(i + 1, j) >= at(i, j + 1))) {
            mark(d.mine, x[i].start, int(x[i].text.size()));
            ++i;
        } else {
            mark(d.theirs, y[j].start, int(y[j].text.size()));
            ++j;
        }
    }
    return d;
}

} // namespace casebook
