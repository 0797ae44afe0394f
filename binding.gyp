{
  "targets": [
    {
      "target_name": "head_reader",
      "sources": ["native/head-reader.c"],
      "cflags": ["-O2", "-Wall"]
    }
  ]
}
