/* Rendering through Graphviz (cgraph + gvc), in-process.
 *
 * Graphviz keeps global state (error level, error callback, plugin lists)
 * and is not thread-safe, so this file owns one GVC_t for the process and
 * serialises every call with a mutex. Errors and warnings go through an
 * agseterrf callback into a buffer and come back as relmap errors; nothing
 * is printed. The only file that includes Graphviz headers. */
#define _POSIX_C_SOURCE 200809L
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "relmap/render.h"

static pthread_mutex_t gv_lock = PTHREAD_MUTEX_INITIALIZER;
static GVC_t *gv_ctx;
static rm_buf gv_msgs;

/* Graphviz hands messages over in fragments ("Error", ": ", "text\n"). */
static int collect(char *msg)
{
    if (gv_msgs.len < 4000)
        rm_buf_puts(&gv_msgs, msg);
    return 0;
}

static void trim_msgs(char *out, size_t cap)
{
    size_t n = gv_msgs.len;
    const char *s = gv_msgs.ptr ? gv_msgs.ptr : "";
    size_t o = 0, i;
    for (i = 0; i < n && o + 1 < cap; i++)
        out[o++] = s[i] == '\n' ? (i + 1 < n ? ' ' : '\0') : s[i];
    out[o < cap ? o : cap - 1] = '\0';
}

static const char *device(const char *format)
{
    if (strcmp(format, "png") == 0)
        return "png:cairo:cairo";
    if (strcmp(format, "pdf") == 0)
        return "pdf:cairo:cairo";
    if (strcmp(format, "svg") == 0)
        return "svg:svg:core";
    if (strcmp(format, "dot") == 0)
        return "dot:dot:core";
    return NULL;
}

/* cairo stamps PDFs with the current time; make it fixed so the same input
   gives the same bytes. Same length, so xref offsets stay valid. */
static void fix_pdf_date(char *p, size_t len)
{
    static const char key[] = "/CreationDate (D:";
    size_t k = sizeof key - 1, i;
    for (i = 0; i + k + 14 <= len; i++) {
        if (memcmp(p + i, key, k) == 0) {
            memcpy(p + i + k, "19700101000000", 14);
            return;
        }
    }
}

int relmap_render(const char *dot, size_t len, const char *format,
                  const char *engine, relmap_buf *out, relmap_error *err)
{
    Agraph_t *g = NULL;
    char *data = NULL, *text = NULL;
    unsigned int dlen = 0;
    const char *dev;
    char msg[400];
    int rc = 0;

    if (out == NULL || dot == NULL || format == NULL)
        return rm_error_set(err, RELMAP_EINVAL, "", 0, 0, "missing argument");
    out->ptr = NULL;
    out->len = 0;
    dev = device(format);
    if (dev == NULL)
        return rm_error_set(err, RELMAP_EINVAL, "", 0, 0,
                            "unknown render format \"%s\"", format);
    text = rm_strndup(dot, len); /* agmemread needs a NUL-terminated string */
    if (text == NULL)
        return rm_error_set(err, RELMAP_ENOMEM, "", 0, 0, "out of memory");

    pthread_mutex_lock(&gv_lock);
    gv_msgs.len = 0;
    if (gv_msgs.ptr)
        gv_msgs.ptr[0] = '\0';
    agseterrf(collect);
    agseterr(AGWARN); /* warnings too: they come back in err on success */
    agreseterrors();
    if (gv_ctx == NULL)
        gv_ctx = gvContext();
    if (gv_ctx == NULL) {
        rc = rm_error_set(err, RELMAP_ERENDER, "", 0, 0,
                          "Graphviz could not start (no context)");
        goto done;
    }
    g = agmemread(text);
    if (g == NULL || agerrors()) {
        trim_msgs(msg, sizeof msg);
        rc = rm_error_set(err, RELMAP_ERENDER, "", 0, 0,
                          "Graphviz could not read the graph: %s", msg);
        goto done;
    }
    if (gvLayout(gv_ctx, g, engine ? engine : "dot") != 0 || agerrors()) {
        trim_msgs(msg, sizeof msg);
        rc = rm_error_set(err, RELMAP_ERENDER, "", 0, 0,
                          "Graphviz layout failed: %s", msg);
        gvFreeLayout(gv_ctx, g);
        goto done;
    }
    if (gvRenderData(gv_ctx, g, dev, &data, &dlen) != 0 || data == NULL ||
        agerrors()) {
        trim_msgs(msg, sizeof msg);
        rc = rm_error_set(err, RELMAP_ERENDER, "", 0, 0,
                          "Graphviz could not render %s: %s", format, msg);
    } else {
        out->ptr = malloc((size_t)dlen + 1);
        if (out->ptr == NULL) {
            rc = rm_error_set(err, RELMAP_ENOMEM, "", 0, 0, "out of memory");
        } else {
            memcpy(out->ptr, data, dlen);
            out->ptr[dlen] = '\0';
            out->len = dlen;
            if (strcmp(format, "pdf") == 0)
                fix_pdf_date(out->ptr, out->len);
            if (err) {
                /* success: say what Graphviz warned about, or nothing */
                memset(err, 0, sizeof *err);
                if (gv_msgs.len > 0) {
                    trim_msgs(msg, sizeof msg);
                    snprintf(err->message, sizeof err->message, "Graphviz: %s", msg);
                }
            }
        }
    }
    if (data)
        gvFreeRenderData(data);
    gvFreeLayout(gv_ctx, g);
done:
    if (g)
        agclose(g);
    agreseterrors();
    pthread_mutex_unlock(&gv_lock);
    free(text);
    return rc;
}

void relmap_render_shutdown(void)
{
    pthread_mutex_lock(&gv_lock);
    if (gv_ctx) {
        gvFreeContext(gv_ctx);
        gv_ctx = NULL;
    }
    rm_buf_free(&gv_msgs);
    pthread_mutex_unlock(&gv_lock);
}
