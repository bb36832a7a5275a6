#ifndef CSQLITESETUP_H
#define CSQLITESETUP_H

/// SQLite's process-wide setup for the store, which must run before the process opens its first
/// connection (afterwards SQLite refuses it with SQLITE_MISUSE and nothing changes):
/// - multi-thread mode (SQLITE_CONFIG_MULTITHREAD): a connection locks no mutex of its own on
///   every call; safe because GRDB serialises every use of a connection (its SerializedDatabase),
///   the mode GRDB is written for;
/// - no memory statistics (SQLITE_CONFIG_MEMSTATUS off): otherwise every allocation SQLite makes
///   locks a process-wide mutex to count it, and nothing here reads the counts.
/// sqlite3_config is variadic, which Swift cannot call. Returns SQLITE_OK or the first error.
int veerkracht_sqlite_setup(void);

#endif
