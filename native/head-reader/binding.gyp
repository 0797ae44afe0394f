{
  "targets": [
    {
      "target_name": "head_reader",
      "sources": ["../head-reader.c", "../thread-queue.h"],
      "include_dirs": [".."],
      "cflags": ["-O2", "-Wall"],
      "libraries": ["-lpthread"]
    }
  ]
}
