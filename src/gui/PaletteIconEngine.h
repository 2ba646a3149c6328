#pragma once

#include <QIconEngine>
#include <QString>

// A monochrome SVG icon drawn in the colour of the current palette's text (disabled text for
// disabled buttons, highlighted text when selected), at paint time, so one bundled file is
// visible in light and dark themes and follows a theme switch. The SVG paints with
// "currentColor"; that word is replaced by the colour before rendering.
class PaletteIconEngine : public QIconEngine
{
public:
    explicit PaletteIconEngine(QString svgPath);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override;
    QString iconName() override;
    bool isNull() override;

private:
    QByteArray svgFor(QIcon::Mode mode) const;

    QString m_path;
    QByteArray m_svg;
};
