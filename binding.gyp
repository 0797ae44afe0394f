{
  "variables": {
    "mmmagic_dir": "<!(node -p \"require('path').relative(process.cwd(), require('path').dirname(require.resolve('mmmagic/package.json')))\")"
  },
  "targets": [
    {
      "target_name": "head_reader",
      "sources": ["native/head-reader.c", "native/thread-queue.h"],
      "cflags": ["-O2", "-Wall"],
      "libraries": ["-lpthread"]
    },
    {
      "target_name": "mime_namer",
      "sources": ["native/mime-namer.c", "native/thread-queue.h"],
      "include_dirs": ["<(mmmagic_dir)/deps/libmagic/src"],
      "dependencies": ["<(mmmagic_dir)/deps/libmagic/libmagic.gyp:libmagic"],
      "cflags": ["-O2", "-Wall"],
      "libraries": ["-lpthread"]
    }
  ]
}
