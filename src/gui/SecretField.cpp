#include "SecretField.h"

#include <QLineEdit>

#include <algorithm>

void SecretField::wipe(QLineEdit *edit)
{
    const QString text = edit->text(); // shares the widget's buffer
    // Only heap data can be written (a string literal lives in read-only memory).
    if (!text.isEmpty() && text.data_ptr().isMutable()) {
        // Deliberately writes through the shared buffer: the widget's own copy is the target.
        QChar *data = const_cast<QChar *>(text.constData());
        std::fill(data, data + text.size(), QChar(u'\0'));
    }
    edit->clear();
    edit->setModified(false);
}
