// SPDX-License-Identifier: Apache-2.0
#include "logtimes.h"

#include <QtEndian>

namespace Runbench::Models {

namespace {
constexpr qint64 kRecordBytes = 16;
}

bool LogTimes::open(const QString &path)
{
    close();
    m_file.setFileName(path);
    return refresh();
}

bool LogTimes::refresh()
{
    if (m_file.fileName().isEmpty())
        return false;
    if (!m_file.isOpen() && !m_file.open(QIODevice::ReadOnly))
        return false;
    const qint64 count = m_file.size() / kRecordBytes;
    if (count != m_count) {
        if (m_data)
            m_file.unmap(const_cast<uchar *>(m_data));
        m_data = count > 0 ? m_file.map(0, count * kRecordBytes) : nullptr;
        m_count = m_data ? count : 0;
    }
    return m_count > 0;
}

void LogTimes::close()
{
    if (m_data)
        m_file.unmap(const_cast<uchar *>(m_data));
    m_data = nullptr;
    m_count = 0;
    m_file.close();
}

LogTimes::Record LogTimes::record(qint64 index) const
{
    const uchar *at = m_data + index * kRecordBytes;
    return Record{qFromLittleEndian<qint64>(at), qFromLittleEndian<qint64>(at + 8)};
}

qint64 LogTimes::timeAt(qint64 offset) const
{
    qint64 low = 0;
    qint64 high = m_count; // first record starting after `offset`
    while (low < high) {
        const qint64 middle = low + (high - low) / 2;
        if (record(middle).offset <= offset)
            low = middle + 1;
        else
            high = middle;
    }
    return low == 0 ? -1 : record(low - 1).time;
}

} // namespace Runbench::Models
