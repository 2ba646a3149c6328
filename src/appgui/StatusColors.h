#pragma once

#include <QColor>
#include <QPalette>

// Colours for what the user must notice (a token that expires soon, an error, a warning),
// derived from the palette so they fit light and dark themes alike: a tint of the palette's
// background, and text darkened or lightened until it keeps a WCAG contrast ratio of at least
// 4.5:1 against it. Nothing here is a fixed colour that only works on white.
class StatusColors
{
public:
    enum class Tone
    {
        Warning, // amber: act soon
        Error    // red: something failed
    };
    struct Pair
    {
        QColor background;
        QColor text;
    };

    static constexpr double MinimumContrast = 4.5;

    // A highlighted area (banner, table cell) on the given background role.
    static Pair pair(Tone tone, const QPalette &palette, QPalette::ColorRole on = QPalette::Base);
    // Coloured text straight on the window background (inline validation messages).
    static QColor text(Tone tone, const QPalette &palette);
    // Greyed-out text that still reads (an expired token): the palette's text moved towards the
    // view's background only as far as 4.5:1 against Base and AlternateBase allows.
    static QColor muted(const QPalette &palette);
    // WCAG 2 contrast ratio, 1 (none) to 21 (black on white).
    static double contrastRatio(const QColor &a, const QColor &b);

    StatusColors() = delete;
};
