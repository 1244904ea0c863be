#define _GNU_SOURCE
#include "ccurses_shim.h"
#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

static volatile sig_atomic_t pending_signal = 0;
static struct termios saved_termios;
static volatile sig_atomic_t have_termios = 0;
static int saved_stderr = -1;
static char stderr_path[1024];

int wk_redirect_stderr(const char *path) {
    if (strlen(path) >= sizeof stderr_path) return -1;
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) return -1;
    saved_stderr = dup(STDERR_FILENO);
    if (saved_stderr < 0 || dup2(fd, STDERR_FILENO) < 0) { close(fd); saved_stderr = -1; return -1; }
    close(fd);
    strcpy(stderr_path, path);
    return 0;
}

void wk_restore_stderr(void) {
    if (saved_stderr < 0) return;
    dup2(saved_stderr, STDERR_FILENO);
    close(saved_stderr);
    saved_stderr = -1;
}

static void on_stop_signal(int sig) { pending_signal = sig; }

void wk_restore_tty(void) {
    // Leave the alternate screen, reset attributes, show the cursor; then the saved modes.
    // Attributes off, cursor on, alternate screen off, keypad back to normal mode.
    static const char reset[] = "\033[0m\033[?25h\033[?1049l\033[?1l\033>\r\n";
    ssize_t ignored = write(STDOUT_FILENO, reset, sizeof reset - 1);
    (void)ignored;
    if (have_termios) tcsetattr(STDIN_FILENO, TCSANOW, &saved_termios);
}

static void on_crash(int sig) {
    wk_restore_tty();
    if (saved_stderr >= 0) {
        // Only async-signal-safe calls here: dup2 and write.
        dup2(saved_stderr, STDERR_FILENO);
        static const char msg[] = "wijkteam stopped unexpectedly; what went wrong is in ";
        ssize_t ignored = write(STDERR_FILENO, msg, sizeof msg - 1);
        ignored = write(STDERR_FILENO, stderr_path, strlen(stderr_path));
        ignored = write(STDERR_FILENO, "\n", 1);
        (void)ignored;
    }
    signal(sig, SIG_DFL);
    raise(sig);
}

void wk_install_handlers(void) {
    if (tcgetattr(STDIN_FILENO, &saved_termios) == 0) have_termios = 1;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_stop_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    sigaction(SIGQUIT, &sa, NULL);
    signal(SIGPIPE, SIG_IGN);
    struct sigaction crash;
    memset(&crash, 0, sizeof crash);
    crash.sa_handler = on_crash;
    sigemptyset(&crash.sa_mask);
    crash.sa_flags = SA_RESETHAND;
    int fatal[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP};
    for (unsigned i = 0; i < sizeof fatal / sizeof fatal[0]; i++) sigaction(fatal[i], &crash, NULL);
}

int wk_pending_signal(void) { return pending_signal; }

int wk_terminal_gone(void) {
    struct pollfd p = {.fd = STDIN_FILENO, .events = POLLIN, .revents = 0};
    int r = poll(&p, 1, 0);
    if (r < 0) return errno == EINTR ? 0 : 1;
    if (p.revents & (POLLHUP | POLLERR | POLLNVAL)) return 1;
    return !isatty(STDIN_FILENO);
}

int wk_lines(void) { return LINES; }
int wk_cols(void) { return COLS; }
int wk_colors(void) { return COLORS; }
int wk_color_pairs(void) { return COLOR_PAIRS; }
WINDOW *wk_stdscr(void) { return stdscr; }

int wk_get_key(unsigned int *out) {
    wint_t ch = 0;
    int r = get_wch(&ch);
    *out = (unsigned int)ch;
    return r;
}

int wk_put(int y, int x, const wchar_t *text, unsigned int attrs, int pair) {
    cchar_t cc;
    if (setcchar(&cc, text, (attr_t)attrs, (short)pair, NULL) != OK) return ERR;
    return mvadd_wch(y, x, &cc);
}

int wk_init_pair(int pair, int fg, int bg) { return init_pair((short)pair, (short)fg, (short)bg); }

int wk_start_screen(void) {
    SCREEN *screen = newterm(NULL, stdout, stdin);
    if (screen == NULL) return ERR;
    set_term(screen);
    return OK;
}

const char *wk_codeset(void) { return nl_langinfo(CODESET); }

int wk_wcwidth(unsigned int c) {
    return wcwidth((wchar_t)c);
}
