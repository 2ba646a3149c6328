#include "StatusColors.h"

#include <cmath>

namespace {
QColor hue(StatusColors::Tone tone)
{
    return tone == StatusColors::Tone::Warning ? QColor(0xc5, 0x8b, 0x00)
                                               : QColor(0xd9, 0x30, 0x25);
}

double luminance(const QColor &color)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) +
           0.0722 * channel(rgb.blueF());
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    const QColor x = a.toRgb(), y = b.toRgb();
    return QColor::fromRgbF(static_cast<float>(x.redF() + (y.redF() - x.redF()) * t),
                            static_cast<float>(x.greenF() + (y.greenF() - x.greenF()) * t),
                            static_cast<float>(x.blueF() + (y.blueF() - x.blueF()) * t));
}

// The colour moved towards black or white (whichever contrasts more with the background) just
// far enough. Black or white against any colour reach at least 4.58:1, so this always ends.
QColor readableOn(const QColor &color, const QColor &background)
{
    const QColor target = StatusColors::contrastRatio(Qt::black, background) >
                                  StatusColors::contrastRatio(Qt::white, background)
                              ? QColor(Qt::black)
                              : QColor(Qt::white);
    // A little margin, so rounding to 8-bit channels never lands below the threshold.
    for (int step = 0; step <= 20; ++step) {
        const QColor candidate = mix(color, target, step / 20.0);
        if (StatusColors::contrastRatio(candidate, background) >=
            StatusColors::MinimumContrast + 0.1)
            return candidate.toRgb();
    }
    return target;
}

bool isDark(const QColor &background)
{
    return luminance(background) < 0.18;
}
} // namespace

double StatusColors::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

StatusColors::Pair StatusColors::pair(Tone tone, const QPalette &palette, QPalette::ColorRole on)
{
    const QColor base = palette.color(QPalette::Active, on);
    // A tint strong enough to stand out from the plain background in either theme.
    const QColor background = mix(base, hue(tone), isDark(base) ? 0.35 : 0.22).toRgb();
    // Text in the tone's colour, darkened (light theme) or lightened (dark theme) to read well.
    const QColor text = readableOn(hue(tone), background);
    return {background, text};
}

QColor StatusColors::muted(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Active, QPalette::Text);
    const QColor base = palette.color(QPalette::Active, QPalette::Base);
    const QColor alternate = palette.color(QPalette::Active, QPalette::AlternateBase);
    for (int step = 12; step > 0; --step) { // at most 60 % of the way to the background
        const QColor candidate = mix(text, base, step / 20.0).toRgb();
        if (qMin(contrastRatio(candidate, base), contrastRatio(candidate, alternate)) >=
            MinimumContrast + 0.1)
            return candidate;
    }
    return text;
}

QColor StatusColors::text(Tone tone, const QPalette &palette)
{
    return readableOn(hue(tone), palette.color(QPalette::Active, QPalette::Window));
}
