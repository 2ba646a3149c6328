// Light and dark themes: the "expires soon" cell, the banners, inline error text and the bundled
// action icons stay readable under each palette. Contrast is computed here, independently of
// StatusColors, with the WCAG 2 formula: at least 4.5:1 for text, 3:1 for icons.
#include "ActionIcons.h"
#include "ExpiryNotice.h"
#include "StatusStyle.h"
#include "TokenListLook.h"
#include "TokenListModel.h"

#include <QApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

#include <cmath>

namespace {
double channel(int value)
{
    const double c = value / 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &color)
{
    const QColor c = color.toRgb();
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette darkPalette(const QColor &window, const QColor &base, const QColor &text)
{
    QPalette p(QColor(0x45, 0x45, 0x45), window); // button, window
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::WindowText, text);
        p.setColor(group, QPalette::Text, text);
        p.setColor(group, QPalette::ButtonText, text);
        p.setColor(group, QPalette::Base, base);
        p.setColor(group, QPalette::AlternateBase, window);
        p.setColor(group, QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
        p.setColor(group, QPalette::HighlightedText, Qt::white);
    }
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    return p;
}

QString describe(const QColor &text, const QColor &background)
{
    return QStringLiteral("%1 on %2: %3:1")
        .arg(text.name(), background.name())
        .arg(contrast(text, background), 0, 'f', 2);
}
} // namespace

class TstThemeColors : public QObject
{
    Q_OBJECT
private:
    QPalette m_original;

private slots:
    void initTestCase() { m_original = QApplication::palette(); }
    void cleanup() { QApplication::setPalette(m_original); }

    void expiringSoonCell_data();
    void expiringSoonCell();
    void banners_data() { expiringSoonCell_data(); }
    void banners();
    void errorText_data() { expiringSoonCell_data(); }
    void errorText();
    void bannerFollowsThemeSwitch();
    void fallbackIcons_data() { expiringSoonCell_data(); }
    void fallbackIcons();
};

void TstThemeColors::expiringSoonCell_data()
{
    QTest::addColumn<QPalette>("palette");
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QTest::newRow("light (Fusion)") << fusion->standardPalette();
    QPalette white(Qt::black, Qt::white);
    white.setColor(QPalette::Base, Qt::white);
    white.setColor(QPalette::Text, Qt::black);
    QTest::newRow("white") << white;
    QTest::newRow("dark (Fusion-like)")
        << darkPalette(QColor(0x35, 0x35, 0x35), QColor(0x2a, 0x2a, 0x2a), Qt::white);
    QTest::newRow("dark (Breeze-like)") << darkPalette(
        QColor(0x31, 0x36, 0x3b), QColor(0x23, 0x26, 0x29), QColor(0xef, 0xf0, 0xf1));
    QTest::newRow("black") << darkPalette(Qt::black, Qt::black, Qt::white);
}

void TstThemeColors::expiringSoonCell()
{
    QFETCH(QPalette, palette);
    QApplication::setPalette(palette);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Token soon;
    soon.id = QStringLiteral("tok_soon");
    soon.name = QStringLiteral("soon");
    soon.createdAt = now.addDays(-1);
    soon.expiresAt = now.addDays(2);
    TokenListModel model;
    TokenListLook::install(model);
    model.setNow(now);
    model.setWarningDays(7);
    model.setTokens({soon});
    const QModelIndex cell = model.index(0, TokenListModel::ExpiresColumn);
    QCOMPARE(cell.data(TokenListModel::ExpiryStateRole).value<TokenListModel::ExpiryState>(),
             TokenListModel::ExpiryState::ExpiringSoon);
    const QColor background = cell.data(Qt::BackgroundRole).value<QBrush>().color();
    const QColor text = cell.data(Qt::ForegroundRole).value<QBrush>().color();
    QVERIFY2(background.isValid() && text.isValid(), "the highlight sets both colours");
    QVERIFY2(contrast(text, background) >= 4.5, qPrintable(describe(text, background)));
    // Still a highlight: it differs from the plain rows around it.
    QVERIFY2(background != palette.color(QPalette::Base), qPrintable(background.name()));
    // The rest of the row keeps the palette's own colours.
    QVERIFY(!model.index(0, TokenListModel::NameColumn).data(Qt::BackgroundRole).isValid());

    // Expired rows are greyed, yet readable on plain and alternate rows.
    Token expired = soon;
    expired.id = QStringLiteral("tok_expired");
    expired.expiresAt = now.addDays(-1);
    model.setTokens({expired});
    const QColor greyed =
        model.index(0, TokenListModel::NameColumn).data(Qt::ForegroundRole).value<QBrush>().color();
    QVERIFY2(greyed != palette.color(QPalette::Text), qPrintable(greyed.name()));
    for (const QPalette::ColorRole role : {QPalette::Base, QPalette::AlternateBase}) {
        const QColor row = palette.color(role);
        QVERIFY2(contrast(greyed, row) >= 4.5, qPrintable(describe(greyed, row)));
    }
}

void TstThemeColors::banners()
{
    QFETCH(QPalette, palette);
    QApplication::setPalette(palette);
    QWidget window;
    auto *banner = new QFrame(&window);
    auto *label = new QLabel(QStringLiteral("Could not load the tokens"), banner);
    (new QHBoxLayout(banner))->addWidget(label);
    auto *expiryBanner = new QLabel(&window);
    ExpiryNotice notice(expiryBanner); // styles its banner as MainWindow's
    for (const StatusColors::Tone tone : {StatusColors::Tone::Error, StatusColors::Tone::Warning}) {
        StatusStyle::apply(banner, tone);
        const QColor background = banner->palette().color(QPalette::Window);
        const QColor text = label->palette().color(QPalette::WindowText);
        QVERIFY(banner->autoFillBackground());
        QVERIFY2(contrast(text, background) >= 4.5, qPrintable(describe(text, background)));
    }
    const QColor background = expiryBanner->palette().color(QPalette::Window);
    const QColor text = expiryBanner->palette().color(QPalette::WindowText);
    QVERIFY2(contrast(text, background) >= 4.5, qPrintable(describe(text, background)));
    // Dark themes get dark banners, light themes light ones (no white box in a dark window).
    const bool darkTheme = luminance(palette.color(QPalette::Window)) < 0.2;
    QCOMPARE(luminance(background) < 0.2, darkTheme);
}

void TstThemeColors::errorText()
{
    QFETCH(QPalette, palette);
    QApplication::setPalette(palette);
    QWidget window;
    auto *message = new QLabel(QStringLiteral("Choose at least one scope."), &window);
    StatusStyle::apply(message, StatusColors::Tone::Error, StatusStyle::Kind::Text);
    const QColor text = message->palette().color(QPalette::WindowText);
    const QColor background = window.palette().color(QPalette::Window);
    QVERIFY2(text != palette.color(QPalette::WindowText), "error text stands out");
    QVERIFY2(contrast(text, background) >= 4.5, qPrintable(describe(text, background)));
    StatusStyle::clear(message);
    QCOMPARE(message->palette().color(QPalette::WindowText), palette.color(QPalette::WindowText));
}

void TstThemeColors::bannerFollowsThemeSwitch()
{
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(fusion->standardPalette());
    QWidget window;
    auto *banner = new QFrame(&window);
    StatusStyle::apply(banner, StatusColors::Tone::Warning);
    QVERIFY(luminance(banner->palette().color(QPalette::Window)) > 0.5);
    const QPalette dark =
        darkPalette(QColor(0x31, 0x36, 0x3b), QColor(0x23, 0x26, 0x29), QColor(0xef, 0xf0, 0xf1));
    // What a theme switch does to a window (QApplication::setPalette reaches existing widgets
    // only once the event loop runs, which a test does not).
    window.setPalette(dark);
    const QColor background = banner->palette().color(QPalette::Window);
    const QColor text = banner->palette().color(QPalette::WindowText);
    QVERIFY2(luminance(background) < 0.2, qPrintable(background.name()));
    QVERIFY2(contrast(text, background) >= 4.5, qPrintable(describe(text, background)));
}

void TstThemeColors::fallbackIcons()
{
    QFETCH(QPalette, palette);
    QApplication::setPalette(palette);
    const QColor window = palette.color(QPalette::Window);
    const QStringList names = ActionIcons::names();
    QVERIFY(names.size() >= 8);
    for (const QString &name : names) {
        const QIcon icon = ActionIcons::fallback(name);
        QVERIFY2(!icon.isNull(), qPrintable(name));
        QVERIFY2(!ActionIcons::icon(name).isNull(), qPrintable(name));
        const QImage image = icon.pixmap(QSize(24, 24)).toImage();
        int inked = 0;
        double weakest = 21;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor pixel = image.pixelColor(x, y);
                if (pixel.alpha() < 200)
                    continue;
                ++inked;
                weakest = std::min(weakest, contrast(pixel, window));
            }
        }
        QVERIFY2(inked >= 24,
                 qPrintable(QStringLiteral("%1: %2 visible pixels").arg(name).arg(inked)));
        QVERIFY2(weakest >= 3.0, qPrintable(QStringLiteral("%1: contrast %2:1 on %3")
                                                .arg(name)
                                                .arg(weakest)
                                                .arg(window.name())));
        // Disabled buttons show a different (dimmed) icon.
        QVERIFY2(icon.pixmap(QSize(24, 24), QIcon::Disabled).toImage() != image, qPrintable(name));
    }
}

QTEST_MAIN(TstThemeColors)
#include "tst_themecolors.moc"
