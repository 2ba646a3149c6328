#pragma once

class QLineEdit;

// Clearing a line edit that showed a secret (a token, a password). QLineEdit::clear() just drops
// its text buffer; this overwrites the characters first, so the freed memory no longer holds them.
class SecretField
{
public:
    static void wipe(QLineEdit *edit);

    SecretField() = delete;
};
