/*
 * Compiled regular expressions kept per naming thread, for libmagic.
 *
 * libmagic 5.32 (the copy mmmagic vendors) compiles a regular expression
 * each time it tries a magic entry that has one, and frees it right after
 * (file_regcomp ... file_regfree around every test): on a text file, where
 * hundreds of such entries are tried, compiling was about 60% of its time
 * (callgrind: 1.23 G instructions for the 258 files that are not DICOM in
 * the 20,000-file bench tree, against 3.8 G for the crawl's own thread).
 *
 * Linked with --wrap=regcomp --wrap=regfree (binding.gyp, Linux), libmagic's
 * calls come here. Each thread keeps what it compiled, by pattern and flags,
 * and hands out copies of it: regexec reads a compiled expression and never
 * changes it, and libmagic compiles and frees each one around a single use
 * on one thread. regfree of a copy frees nothing; anything else goes to the
 * C library. The patterns come from the magic database, never from a file,
 * so what is kept is bounded by the database (about 200 patterns), and
 * capped at RX_MAX anyway. A naming thread frees its own on leaving
 * (rx_cache_clear).
 */
#include <regex.h>
#include <stdlib.h>
#include <string.h>

int __real_regcomp(regex_t *preg, const char *pattern, int cflags);
void __real_regfree(regex_t *preg);

#define RX_MAX 1024

typedef struct rx_entry {
  char *pattern;
  int flags;
  regex_t rx;
} rx_entry;

static __thread rx_entry *kept;
static __thread int kept_count;

static rx_entry *find(const char *pattern, int cflags) {
  for (int i = 0; i < kept_count; i++)
    if (kept[i].flags == cflags && strcmp(kept[i].pattern, pattern) == 0) return &kept[i];
  return NULL;
}

int __wrap_regcomp(regex_t *preg, const char *pattern, int cflags) {
  rx_entry *e = find(pattern, cflags);
  if (e) {
    *preg = e->rx;
    return 0;
  }
  int rc = __real_regcomp(preg, pattern, cflags);
  if (rc != 0 || kept_count >= RX_MAX) return rc;
  if (!kept && !(kept = calloc(RX_MAX, sizeof *kept))) return rc;
  char *copy = strdup(pattern);
  if (!copy) return rc;
  kept[kept_count].pattern = copy;
  kept[kept_count].flags = cflags;
  kept[kept_count].rx = *preg;
  kept_count++;
  return 0;
}

void __wrap_regfree(regex_t *preg) {
  for (int i = 0; i < kept_count; i++)
    if (memcmp(&kept[i].rx, preg, sizeof *preg) == 0) return;
  __real_regfree(preg);
}

void rx_cache_clear(void) {
  for (int i = 0; i < kept_count; i++) {
    __real_regfree(&kept[i].rx);
    free(kept[i].pattern);
  }
  free(kept);
  kept = NULL;
  kept_count = 0;
}
