// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <functional>

class QMessageBox;
class QWidget;

/// Asks before something that acts on the server: a window-modal warning with a button named `yesText` and Cancel,
/// Cancel the default. Opened, not exec()'d: nothing waits in a nested event loop, and a test can answer it.
/// `answered` hears whether `yesText` was clicked; the box deletes itself once closed.
QMessageBox *openConfirmation(QWidget *parent,
                              const QString &objectName,
                              const QString &title,
                              const QString &text,
                              const QString &yesText,
                              std::function<void(bool yes)> answered);
