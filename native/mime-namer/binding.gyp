{
  "variables": {
    "mmmagic_dir": "<!(node -e \"const p=require('path');const d=p.dirname(require.resolve('mmmagic/package.json'));if(!require('fs').existsSync(p.join(d,'deps/libmagic/libmagic.gyp'))){console.error('mmmagic holds no deps/libmagic/libmagic.gyp');process.exit(1)}console.log(p.relative(process.cwd(),d))\")"
  },
  "targets": [
    {
      "target_name": "mime_namer",
      "sources": ["../mime-namer.c", "../thread-queue.h"],
      "conditions": [
        ["OS=='linux'", {
          "sources": ["../regex-cache.c"],
          "defines": ["DC_REGEX_CACHE"],
          "ldflags": ["-Wl,--wrap=regcomp", "-Wl,--wrap=regfree"]
        }]
      ],
      "include_dirs": ["..", "<(mmmagic_dir)/deps/libmagic/src"],
      "dependencies": ["<(mmmagic_dir)/deps/libmagic/libmagic.gyp:libmagic"],
      "cflags": ["-O2", "-Wall"],
      "libraries": ["-lpthread"]
    }
  ]
}
