/* The parsing floor: libyaml's event parser reads every file, builds nothing, scores
 * nothing. Usage: yaml_floor FILE_OR_FOLDER... ; prints files and events read. */
#define _XOPEN_SOURCE 700
#include <ftw.h>
#include <stdio.h>
#include <string.h>
#include <yaml.h>

static long files = 0;
static long events = 0;

static int parse_file(const char* path) {
  FILE* file = fopen(path, "rb");
  if (!file) {
    perror(path);
    return 1;
  }
  yaml_parser_t parser;
  yaml_parser_initialize(&parser);
  yaml_parser_set_input_file(&parser, file);
  int done = 0;
  int failed = 0;
  while (!done) {
    yaml_event_t event;
    if (!yaml_parser_parse(&parser, &event)) {
      fprintf(stderr, "%s: %s\n", path, parser.problem);
      failed = 1;
      break;
    }
    ++events;
    done = event.type == YAML_STREAM_END_EVENT;
    yaml_event_delete(&event);
  }
  yaml_parser_delete(&parser);
  fclose(file);
  ++files;
  return failed;
}

static int visit(const char* path, const struct stat* info, int type, struct FTW* ftw) {
  (void)info;
  (void)ftw;
  size_t length = strlen(path);
  if (type == FTW_F && length > 5 && strcmp(path + length - 5, ".yaml") == 0) return parse_file(path);
  return 0;
}

int main(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    if (nftw(argv[i], visit, 32, FTW_PHYS) != 0) return 1;
  }
  printf("%ld files, %ld events\n", files, events);
  return 0;
}
