// libFuzzer target: BundleReader::read on any bytes (it reads a path, so the input is written to a file).
#include "bundle/BundleReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_bundle_reader";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("input.casebook"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 0;
    file.write(reinterpret_cast<const char *>(data), qint64(size));
    file.close();
    casebook::ZipLimits limits;
    limits.maxTotalSize = 64 * 1024 * 1024; // keep each run small; the checks are the same
    auto bundle = casebook::BundleReader(limits).read(path);
    if (!bundle && bundle.error().message.isEmpty())
        __builtin_trap(); // every refusal must say why
    return 0;
}
