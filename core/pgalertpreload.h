// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/alertstore.h"

#include <QList>

class AlertRowCache;
class PgConnection;

/// The first step of a PostgreSQL writer's batch of receives: the alerts they are about, loaded together.
///
/// A receive looks its alert up by key and reads its history before it changes anything: two statements each, and
/// two round trips, since each waits for the answer of the one before. A batch of eight receives made sixteen of
/// them, and on a virtual machine every round trip wakes the database's backend and the writer once, which costs
/// more than the statement. Loading the batch's alerts first, into a row cache that the receives' look-ups read
/// (SqlAlertAccess), makes that two statements for the whole batch, sent in one round trip with the batch's BEGIN
/// and key locks.
///
/// The cache holds only while the transaction does: the rows are locked (FOR UPDATE) so that nothing else changes
/// them — every writer of an alert or of its history (receives, status changes, tags, housekeeping) holds the
/// alert's row lock — and the writer tells the cache of every write it makes until the transaction ends.
namespace PgAlertPreload {

/// Loads the alerts with these match keys, locked FOR UPDATE, each with its whole history, into `cache`. Both
/// statements go in the round trip of whatever the connection holds back (the batch's BEGIN and key locks), which
/// run first. Keys without an alert are left out: the receive's own look-up finds that out. Throws PgError.
void load(PgConnection &db, const QList<AlertKey> &keys, AlertRowCache &cache);

} // namespace PgAlertPreload
