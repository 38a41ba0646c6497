// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtGlobal>

struct Alert;

/// Roughly the bytes an alert held in memory takes: its texts (UTF-16), lists, attributes (nested ones walked) and
/// history entries, plus a fixed share for the rest. What bounds the caches that keep alerts (the writer's rows,
/// the stream's window) by size as well as by count: a single alert may carry a megabyte of text or attributes.
qint64 approxMemory(const Alert &alert);
