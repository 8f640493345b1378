#include "ir/arena.h"

#include <algorithm>
#include <mutex>
#include <vector>

namespace metallib::ir {
namespace {

// Chunks start small (most programs are a few hundred ops) and double up to
// a size glibc still serves from its heap rather than a fresh mapping.
constexpr size_t kFirstChunkBytes = 4096;
constexpr size_t kLargestChunkBytes = 96 * 1024;

// Chunks of arenas that died, for the next arena, by size: a process that
// compiles program after program then builds each in memory it has already
// touched, instead of faulting fresh pages in (a tenth of the reading time
// of a large program went to page faults), and a small program's few chunks
// cost no trip through malloc and free (chunks are too large for glibc's
// per-thread caches; freeing them also made it consolidate its free lists).
// Holds at most 12 MB.
class ChunkPool {
 public:
  static ChunkPool& instance() {
    // Never destroyed: arenas may die during static destruction.
    static ChunkPool* pool = new ChunkPool;
    return *pool;
  }
  // The size class of a chunk of `size` bytes, or -1 for a chunk made to
  // fit one request larger than any class, which is not pooled.
  static int size_class(size_t size) {
    for (int c = 0; c < kClasses; ++c) {
      if (size == class_bytes(c)) return c;
    }
    return -1;
  }
  // The size of the chunk to make for a request of `bytes` of its own: the
  // smallest pooled size that holds it, so that it is pooled in turn, or
  // just `bytes` when no pooled size does.
  static size_t own_chunk_size(size_t bytes) {
    for (int c = 0; c < kClasses; ++c) {
      if (bytes <= class_bytes(c)) return class_bytes(c);
    }
    return bytes;
  }
  std::unique_ptr<std::byte[]> take(int size_class) {
    std::lock_guard<std::mutex> lock(mutex_);
    std::vector<std::unique_ptr<std::byte[]>>& free = free_[size_class];
    if (free.empty()) return nullptr;
    std::unique_ptr<std::byte[]> chunk = std::move(free.back());
    free.pop_back();
    pooled_bytes_ -= class_bytes(size_class);
    return chunk;
  }
  size_t pooled_bytes() {
    std::lock_guard<std::mutex> lock(mutex_);
    return pooled_bytes_;
  }
  void give(int size_class, std::unique_ptr<std::byte[]> chunk) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (pooled_bytes_ + class_bytes(size_class) > kMaxPooledBytes) return;
    free_[size_class].push_back(std::move(chunk));
    pooled_bytes_ += class_bytes(size_class);
  }

 private:
  // kFirstChunkBytes doubled 0 to 4 times (4 to 64 KB), then the largest.
  static constexpr int kClasses = 6;
  static constexpr size_t kMaxPooledBytes = 12 * 1024 * 1024;
  static size_t class_bytes(int size_class) {
    return size_class + 1 < kClasses ? kFirstChunkBytes << size_class : kLargestChunkBytes;
  }
  static_assert((kFirstChunkBytes << (kClasses - 2)) * 2 > kLargestChunkBytes);

  std::mutex mutex_;
  std::vector<std::unique_ptr<std::byte[]>> free_[kClasses];
  size_t pooled_bytes_ = 0;
};

}  // namespace

Arena::~Arena() {
  for (Destructor* d = last_destructor_; d != nullptr; d = d->previous) d->destroy(d->object);
  for (ChunkHeader* chunk = last_chunk_; chunk != nullptr;) {
    ChunkHeader* const previous = chunk->previous;
    const int size_class = ChunkPool::size_class(chunk->size);
    std::unique_ptr<std::byte[]> data(reinterpret_cast<std::byte*>(chunk));
    if (size_class >= 0) ChunkPool::instance().give(size_class, std::move(data));
    chunk = previous;
  }
}

size_t Arena::pooled_bytes() {
  return ChunkPool::instance().pooled_bytes();
}

void* Arena::allocate_in_new_chunk(size_t bytes) {
  constexpr size_t kHeaderBytes = sizeof(ChunkHeader);
  const size_t current = capacity_ == 0 ? 0 : capacity_ + kHeaderBytes;
  const size_t next = std::min(kLargestChunkBytes, std::max(kFirstChunkBytes, current * 2));
  // A large request (a long operand list) gets a chunk of its own, and the
  // current chunk goes on serving small ones.
  const bool own_chunk = bytes > next / 4;
  const size_t size = own_chunk ? ChunkPool::own_chunk_size(kHeaderBytes + bytes) : next;
  const int size_class = ChunkPool::size_class(size);
  std::unique_ptr<std::byte[]> data;
  if (size_class >= 0) data = ChunkPool::instance().take(size_class);
  // new[] returns memory aligned for any fundamental type.
  if (data == nullptr) data = std::make_unique_for_overwrite<std::byte[]>(size);
  std::byte* memory = data.release();  // owned through last_chunk_ from here
  last_chunk_ = new (memory) ChunkHeader{last_chunk_, size};
  std::byte* start = memory + kHeaderBytes;
  reserved_ += size;
  if (!own_chunk) {
    chunk_ = start;
    capacity_ = size - kHeaderBytes;
    used_ = bytes;
  }
  return start;
}

}  // namespace metallib::ir
