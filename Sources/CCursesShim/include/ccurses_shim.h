#ifndef CCURSES_SHIM_H
#define CCURSES_SHIM_H
// What Swift cannot import from ncursesw directly (see ARCHITECTURE.md, "Curses"): macros,
// globals that Swift 6 rejects as not concurrency-safe, the setcchar+mvadd_wch pair, and signal
// handlers.
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#if __has_include(<ncursesw/curses.h>)
#include <ncursesw/curses.h>
#else
#include <curses.h>
#endif
#include <wchar.h>

static const int WK_KEY_CODE_YES = KEY_CODE_YES;
static const int WK_KEY_UP = KEY_UP;
static const int WK_KEY_DOWN = KEY_DOWN;
static const int WK_KEY_LEFT = KEY_LEFT;
static const int WK_KEY_RIGHT = KEY_RIGHT;
static const int WK_KEY_HOME = KEY_HOME;
static const int WK_KEY_END = KEY_END;
static const int WK_KEY_NPAGE = KEY_NPAGE;
static const int WK_KEY_PPAGE = KEY_PPAGE;
static const int WK_KEY_DC = KEY_DC;
static const int WK_KEY_BACKSPACE = KEY_BACKSPACE;
static const int WK_KEY_ENTER = KEY_ENTER;
static const int WK_KEY_BTAB = KEY_BTAB;
static const int WK_KEY_RESIZE = KEY_RESIZE;
static const int WK_KEY_F0 = KEY_F0;

static const unsigned int WK_A_BOLD = A_BOLD;
static const unsigned int WK_A_REVERSE = A_REVERSE;
static const unsigned int WK_A_UNDERLINE = A_UNDERLINE;
static const unsigned int WK_A_DIM = A_DIM;

/// Remembers the terminal's modes and installs handlers: SIGINT/SIGTERM/SIGHUP only set a flag
/// (the main loop notices it within one input timeout); crashes restore the terminal, then die.
void wk_install_handlers(void);
/// The signal that asked us to stop (0 when none).
int wk_pending_signal(void);
/// Restores the terminal modes saved by wk_install_handlers (async-signal-safe).
void wk_restore_tty(void);
/// While curses owns the screen, standard error goes to `path` (a crash's "Fatal error" text would
/// otherwise vanish with the alternate screen). Returns 0 on success.
int wk_redirect_stderr(const char *path);
/// Puts standard error back on the terminal.
void wk_restore_stderr(void);
/// 1 when standard input is gone (the terminal was closed), else 0.
int wk_terminal_gone(void);

int wk_lines(void);
int wk_cols(void);
int wk_colors(void);
int wk_color_pairs(void);
WINDOW *wk_stdscr(void);
/// Reads one key; returns OK, KEY_CODE_YES or ERR like get_wch.
int wk_get_key(unsigned int *out);
/// Puts one grapheme (a spacing character and up to 4 combining ones) at y, x.
int wk_put(int y, int x, const wchar_t *text, unsigned int attrs, int pair);

/* The C library's width of one character (what curses assumes): -1, 0, 1 or 2. */
int wk_wcwidth(unsigned int c);
int wk_init_pair(int pair, int fg, int bg);
/// newterm on the process's terminal: NULL (instead of exiting, as initscr does) for an unknown TERM.
int wk_start_screen(void);
const char *wk_codeset(void);
#endif
