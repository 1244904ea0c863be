// Wide-character curses: these must come before the header (see ARCHITECTURE.md, "Curses").
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#if __has_include(<ncursesw/curses.h>)
#include <ncursesw/curses.h>
#else
#include <curses.h>
#endif
#include <locale.h>
#include <langinfo.h>
