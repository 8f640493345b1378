#include "ir/arena.h"

#include <algorithm>
#include <mutex>

namespace metallib::ir {
namespace {

// Chunks start small (most programs are a few hundred ops) and double up to
// a size glibc still serves from its heap rather than a fresh mapping.
constexpr size_t kFirstChunkBytes = 4096;
constexpr size_t kLargestChunkBytes = 96 * 1024;

// Full-size chunks of arenas that died, for the next arena: a process that
// compiles program after program then builds each in memory it has already
// touched, instead of faulting fresh pages in (a tenth of the reading time
// of a large program went to page faults). Holds at most 12 MB.
class ChunkPool {
 public:
  static ChunkPool& instance() {
    // Never destroyed: arenas may die during static destruction.
    static ChunkPool* pool = new ChunkPool;
    return *pool;
  }
  std::unique_ptr<std::byte[]> take() {
    std::lock_guard<std::mutex> lock(mutex_);
    if (free_.empty()) return nullptr;
    std::unique_ptr<std::byte[]> chunk = std::move(free_.back());
    free_.pop_back();
    return chunk;
  }
  void give(std::unique_ptr<std::byte[]> chunk) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (free_.size() < kMaxChunks) free_.push_back(std::move(chunk));
  }

 private:
  static constexpr size_t kMaxChunks = 128;
  std::mutex mutex_;
  std::vector<std::unique_ptr<std::byte[]>> free_;
};

}  // namespace

Arena::~Arena() {
  for (Destructor* d = last_destructor_; d != nullptr; d = d->previous) d->destroy(d->object);
  for (Chunk& chunk : chunks_) {
    if (chunk.size == kLargestChunkBytes) ChunkPool::instance().give(std::move(chunk.data));
  }
}

void* Arena::allocate_in_new_chunk(size_t bytes) {
  const size_t next = std::min(kLargestChunkBytes, std::max(kFirstChunkBytes, capacity_ * 2));
  // A large request (a long operand list) gets a chunk of its own, and the
  // current chunk goes on serving small ones.
  const bool own_chunk = bytes > next / 4;
  const size_t size = own_chunk ? bytes : next;
  std::unique_ptr<std::byte[]> data;
  if (size == kLargestChunkBytes) data = ChunkPool::instance().take();
  // new[] returns memory aligned for any fundamental type.
  if (data == nullptr) data = std::make_unique_for_overwrite<std::byte[]>(size);
  std::byte* start = chunks_.emplace_back(Chunk{std::move(data), size}).data.get();
  reserved_ += size;
  if (!own_chunk) {
    chunk_ = start;
    capacity_ = size;
    used_ = bytes;
  }
  return start;
}

}  // namespace metallib::ir
