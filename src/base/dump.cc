#include "base/dump.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace metallib::dump {

std::optional<std::string> directory() {
  const char* dir = std::getenv("MPS_DUMP_DIR");
  if (dir == nullptr || *dir == '\0') return std::nullopt;
  return std::string(dir);
}

std::string content_hash(std::string_view bytes) {
  uint64_t hash = 0xcbf29ce484222325ull;
  for (unsigned char c : bytes) {
    hash ^= c;
    hash *= 0x100000001b3ull;
  }
  char text[17];
  std::snprintf(text, sizeof(text), "%016llx", static_cast<unsigned long long>(hash));
  return text;
}

StatusOr<std::optional<std::string>> write(std::string_view file_name, std::string_view bytes) {
  std::optional<std::string> dir = directory();
  if (!dir) return std::optional<std::string>();
  std::error_code error;
  std::filesystem::create_directories(*dir, error);
  if (error) {
    return internal_error("MPS_DUMP_DIR=" + *dir + " cannot be created: " + error.message());
  }
  std::filesystem::path path = std::filesystem::path(*dir) / std::string(file_name);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) return internal_error("writing " + path.string() + " failed");
  return std::optional<std::string>(path.string());
}

}  // namespace metallib::dump
