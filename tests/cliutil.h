/* Shared by the end-to-end tests that run the relmap binary: a work
 * folder, running relmap with captured output, and cleaning up. Each test
 * program includes it once. */
#ifndef RELMAP_TEST_CLIUTIL_H
#define RELMAP_TEST_CLIUTIL_H

extern char **environ;

static const char *relmap_bin;
static const char *src_dir;
static char workdir[512];

/* path inside the work folder */
static const char *wpath(char *buf, size_t cap, const char *name)
{
    int n = snprintf(buf, cap, "%s/%s", workdir, name);
    assert_true(n > 0 && (size_t)n < cap);
    return buf;
}

static void write_file(const char *path, const char *data)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(data, 1, strlen(data), f), strlen(data));
    assert_int_equal(fclose(f), 0);
}

typedef struct run_result {
    int status; /* exit code, or -1 if it did not exit normally */
    char *out, *err;
    size_t nout, nerr;
} run_result;

static void run_free(run_result *r)
{
    free(r->out);
    free(r->err);
    memset(r, 0, sizeof *r);
}

/* Run relmap with @p args (NULL-terminated, without argv[0]); stdin from
   @p in (or /dev/null). */
static run_result run(const char *const *args, const char *in)
{
    run_result r;
    posix_spawn_file_actions_t fa;
    char out_path[600], err_path[600];
    const char *argv[32];
    pid_t pid;
    int st = 0, i;
    memset(&r, 0, sizeof r);
    argv[0] = relmap_bin;
    for (i = 0; args[i]; i++) {
        assert_true(i + 2 < 32);
        argv[i + 1] = args[i];
    }
    argv[i + 1] = NULL;
    wpath(out_path, sizeof out_path, ".stdout");
    wpath(err_path, sizeof err_path, ".stderr");
    assert_int_equal(posix_spawn_file_actions_init(&fa), 0);
    posix_spawn_file_actions_addopen(&fa, 0, in ? in : "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&fa, 1, out_path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&fa, 2, err_path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (posix_spawn(&pid, relmap_bin, &fa, NULL, (char *const *)argv, environ) != 0)
        fail_msg("cannot run %s", relmap_bin);
    posix_spawn_file_actions_destroy(&fa);
    assert_int_equal(waitpid(pid, &st, 0), pid);
    r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
    r.out = tu_read_file(out_path, &r.nout);
    r.err = tu_read_file(err_path, &r.nerr);
    assert_non_null(r.out);
    assert_non_null(r.err);
    unlink(out_path);
    unlink(err_path);
    return r;
}

static void expect_status(const run_result *r, int want)
{
    if (r->status != want)
        fail_msg("exit status %d, want %d; stderr: %s", r->status, want, r->err);
}

/* Run relmap on the seed into work file @p name; return its bytes. */

static int remove_tree(const char *path)
{
    DIR *d = opendir(path);
    struct dirent *de;
    if (d == NULL)
        return unlink(path);
    while ((de = readdir(d)) != NULL) {
        char sub[1024];
        if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
            continue;
        snprintf(sub, sizeof sub, "%s/%s", path, de->d_name);
        remove_tree(sub);
    }
    closedir(d);
    return rmdir(path);
}

#endif
