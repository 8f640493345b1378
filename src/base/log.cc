#include "base/log.h"

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <string>

namespace metallib::log {
namespace {

std::atomic<int> g_level{-1};  // -1: not yet read from the environment

Level level_from_environment() {
  Level level = Level::kWarn;
  const char* text = std::getenv("MPS_LOG_LEVEL");
  if (text != nullptr && *text != '\0' && !parse_level(text, &level)) {
    std::fprintf(stderr,
                 "[jax-metallib W] MPS_LOG_LEVEL=%s is not one of 0-3 or "
                 "error/warn/info/debug; using 1 (warn)\n",
                 text);
    level = Level::kWarn;
  }
  return level;
}

char level_letter(Level level) {
  switch (level) {
    case Level::kError: return 'E';
    case Level::kWarn: return 'W';
    case Level::kInfo: return 'I';
    case Level::kDebug: return 'D';
  }
  return '?';
}

}  // namespace

bool parse_level(const char* text, Level* out) {
  static constexpr const char* kNames[] = {"error", "warn", "info", "debug"};
  for (int i = 0; i < 4; ++i) {
    if (std::strcmp(text, kNames[i]) == 0 || (text[0] == '0' + i && text[1] == '\0')) {
      *out = static_cast<Level>(i);
      return true;
    }
  }
  return false;
}

Level current_level() {
  int level = g_level.load(std::memory_order_relaxed);
  if (level < 0) {
    int from_env = static_cast<int>(level_from_environment());
    int expected = -1;
    g_level.compare_exchange_strong(expected, from_env);
    level = g_level.load(std::memory_order_relaxed);
  }
  return static_cast<Level>(level);
}

void set_level(Level level) {
  g_level.store(static_cast<int>(level));
}

Message::Message(Level level, const char* file, int line) {
  const char* base = std::strrchr(file, '/');
  stream_ << "[jax-metallib " << level_letter(level) << ' ' << (base ? base + 1 : file) << ':'
          << line << "] ";
}

Message::~Message() {
  stream_ << '\n';
  std::string text = stream_.str();
  // One fwrite per message keeps lines from different threads whole.
  std::fwrite(text.data(), 1, text.size(), stderr);
}

}  // namespace metallib::log
