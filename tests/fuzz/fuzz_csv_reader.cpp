// libFuzzer target: CsvReader on any bytes, both as a table and streamed, with formula restoring on.
#include "exchange/CsvReader.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    casebook::CsvReadOptions options;
    options.restoreNeutralisedFormulas = true;
    const auto table = casebook::CsvReader(options).read(bytes);
    if (table) {
        // Records never have more cells than the header, and every record has its line.
        if (table->records.size() != table->recordLines.size())
            __builtin_trap();
        for (const QStringList &record : table->records) {
            if (record.size() > table->header.size())
                __builtin_trap();
        }
    } else if (table.error().message.isEmpty()) {
        __builtin_trap();
    }
    int rows = 0;
    casebook::CsvSink sink;
    sink.record = [&rows](const QStringList &, int) {
        ++rows;
        return casebook::Status();
    };
    const auto streamed = casebook::CsvReader(options).read(bytes, sink);
    if (bool(streamed) != bool(table) || (table && rows != table->records.size()))
        __builtin_trap(); // streaming and the table agree
    return 0;
}
