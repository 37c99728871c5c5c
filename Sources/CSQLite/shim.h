// SQLite's C API (Debian's libsqlite3-dev). Only the CiteGraphIndex target imports this module.
#include <sqlite3.h>
