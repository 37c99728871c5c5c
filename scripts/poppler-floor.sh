#!/usr/bin/env bash
# What poppler alone costs per document, without our code or any instrumentation: the floor
# under the pdf fuzz target's rate. Compiles a small C program against poppler-glib that
# opens each PDF in DIR from memory and asks each page (up to 50) for what PDFReader asks
# (text, layout, attributes), ROUNDS times, and prints documents per second and the median
# milliseconds per document. It does so twice: with no other document open, where poppler-glib
# builds its global parameters for each document and frees them with it, and with one small
# document kept open for the whole run, as PopplerLibrary does.
#
#   scripts/poppler-floor.sh [DIR] [ROUNDS]     # DIR defaults to the pdf fuzz corpus
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-.build-fuzz/corpus/pdf} rounds=${2:-3}
[[ -d $dir ]] || { echo "poppler-floor.sh: no folder $dir (run scripts/fuzz.sh pdf 10 first)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat >"$work/floor.c" <<'C'
#include <poppler.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now(void) { struct timespec t; clock_gettime(CLOCK_MONOTONIC, &t); return t.tv_sec + t.tv_nsec / 1e9; }
static int cmp(const void *a, const void *b) { double x = *(const double *)a, y = *(const double *)b; return (x > y) - (x < y); }

int main(int argc, char **argv) {
    DIR *d = opendir(argv[1]);
    int rounds = atoi(argv[2]), n = 0, cap = 1024;
    char **files = malloc(sizeof(char *) * cap);
    for (struct dirent *e; (e = readdir(d));) {
        if (e->d_name[0] == '.') continue;
        if (n == cap) files = realloc(files, sizeof(char *) * (cap *= 2));
        files[n] = malloc(4096);
        snprintf(files[n++], 4096, "%s/%s", argv[1], e->d_name);
    }
    double *each = calloc(n, sizeof(double));
    static const char tiny[] = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
        "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 1 1] >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n";
    PopplerDocument *kept = NULL;
    for (int keep = 0; keep < 2; keep++) {
        if (keep) {
            GBytes *b = g_bytes_new_static(tiny, sizeof tiny - 1);
            kept = poppler_document_new_from_bytes(b, NULL, NULL);
            g_bytes_unref(b);
            if (!kept) { fprintf(stderr, "the small document did not open\n"); return 1; }
        }
        for (int i = 0; i < n; i++) each[i] = 0;
        double start = now();
        for (int r = 0; r < rounds; r++)
            for (int i = 0; i < n; i++) {
                double t0 = now();
                gchar *bytes; gsize len;
                if (!g_file_get_contents(files[i], &bytes, &len, NULL)) continue;
                GBytes *data = g_bytes_new_take(bytes, len);
                GError *error = NULL;
                PopplerDocument *doc = poppler_document_new_from_bytes(data, NULL, &error);
                if (doc) {
                    int pages = poppler_document_get_n_pages(doc);
                    for (int k = 0; k < pages && k < 50; k++) {
                        PopplerPage *page = poppler_document_get_page(doc, k);
                        if (!page) continue;
                        g_free(poppler_page_get_text(page));
                        PopplerRectangle *rects; guint count;
                        if (poppler_page_get_text_layout(page, &rects, &count)) g_free(rects);
                        poppler_page_free_text_attributes(poppler_page_get_text_attributes(page));
                        g_object_unref(page);
                    }
                    g_object_unref(doc);
                } else {
                    g_error_free(error);
                }
                g_bytes_unref(data);
                each[i] += now() - t0;
            }
        double total = now() - start;
        qsort(each, n, sizeof(double), cmp);
        printf("poppler alone, %s: %d documents x %d rounds in %.2f s: %.0f documents/s, median %.2f ms a document\n",
               keep ? "one small document kept open (as citegraph does)" : "no other document open", n, rounds, total, n * rounds / total, 1e3 * each[n / 2] / rounds);
    }
    g_object_unref(kept);
    return 0;
}
C
CC=${CC:-$(command -v cc || command -v clang)}
"$CC" -O2 "$work/floor.c" -o "$work/floor" $(pkg-config --cflags --libs poppler-glib)
"$work/floor" "$dir" "$rounds" 2>/dev/null
