#include <sqlite3.h>
#include "CSQLiteSetup.h"

int veerkracht_sqlite_setup(void) {
    int result = sqlite3_config(SQLITE_CONFIG_MULTITHREAD);
    if (result != SQLITE_OK) return result;
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}
