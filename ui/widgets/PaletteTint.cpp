#include "widgets/PaletteTint.h"

namespace casebook::ui {

namespace {

QColor mix(const QColor &base, const QColor &hue, double share)
{
    return QColor::fromRgbF(float(base.redF() * (1 - share) + hue.redF() * share),
                            float(base.greenF() * (1 - share) + hue.greenF() * share),
                            float(base.blueF() * (1 - share) + hue.blueF() * share));
}

} // namespace

QPalette PaletteTint::warning(QPalette palette)
{
    palette.setColor(QPalette::WindowText, warningText(palette));
    return palette;
}

bool PaletteTint::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QBrush PaletteTint::background(State state, const QPalette &palette)
{
    const QColor hue = state == State::Problem ? QColor(0xe0, 0x30, 0x30) : QColor(0xff, 0xa0, 0x00);
    return QBrush(mix(palette.color(QPalette::Base), hue, isDark(palette) ? 0.35 : 0.22));
}

QColor PaletteTint::warningText(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? QColor(0xff, 0x8a, 0x80)
                                                             : QColor(0xb0, 0x20, 0x20);
}

} // namespace casebook::ui
