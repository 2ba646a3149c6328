#include "ComboValue.h"

#include <QComboBox>

void ComboValue::track(QComboBox *box)
{
    auto update = [box] {
        box->setAccessibleDescription(box->currentText());
    };
    QObject::connect(box, &QComboBox::currentIndexChanged, box, update);
    update();
}
