;; Reference text of the module that popcount-wasm.ts encodes by hand (no wat2wasm on the build
;; machines). Records are 1024-bit CLKs, 128 bytes each. Every function but the last two writes one i32
;; per record: popcount(a AND b) for the and_* functions, popcount(b) for the popcount_* bound functions.
;; The 16 (scalar) or 8 (SIMD) words of `a` are loaded into locals once per call.
(module
  (memory (export "memory") 1)
  ;; contiguous: b runs over n consecutive records
  (func (export "and_popcount_contiguous") (param $a i32) (param $b i32) (param $n i32) (param $out i32)
    (local $end i32) (local $a0 i64) ... (local $a15 i64)
    (local.set $a0 (i64.load offset=0 (local.get $a))) ... (local.set $a15 (i64.load offset=120 (local.get $a)))
    (local.set $end (i32.add (local.get $out) (i32.shl (local.get $n) (i32.const 2))))
    (block $done (loop $next
      (br_if $done (i32.ge_u (local.get $out) (local.get $end)))
      (i32.store (local.get $out) (i32.wrap_i64
        (i64.add ... (i64.popcnt (i64.and (local.get $a0) (i64.load offset=0 (local.get $b)))) ...
                     (i64.popcnt (i64.and (local.get $a15) (i64.load offset=120 (local.get $b)))))))
      (local.set $b (i32.add (local.get $b) (i32.const 128)))
      (local.set $out (i32.add (local.get $out) (i32.const 4)))
      (br $next))))
  ;; indexed: b = base + idx[k] * 128 for k < n (the candidates of one left record)
  (func (export "and_popcount_indexed") (param $a i32) (param $base i32) (param $idx i32) (param $n i32) (param $out i32)
    ... as above, with (local.set $b (i32.add (local.get $base) (i32.shl (i32.load (local.get $idx)) (i32.const 7))))
  )
  ;; SIMD forms: a held in 8 v128 locals, per record
  ;;   v = i8x16.add over w of (i8x16.popcnt (v128.and (local.get $aw) (v128.load offset=16w (local.get $b))))
  ;;   s = i32x4.extadd_pairwise_i16x8_u (i16x8.extadd_pairwise_i8x16_u v);  lanes 0..3 of s summed
  (func (export "and_popcount_contiguous_simd") ...)
  (func (export "and_popcount_indexed_simd") ...)
  ;; the machine's popcount bound: the same loops without the AND and without a
  (func (export "popcount_contiguous") (param $a i32) (param $b i32) (param $n i32) (param $out i32) ...)
  (func (export "popcount_contiguous_simd") (param $a i32) (param $b i32) (param $n i32) (param $out i32) ...)
;; matching: b is one block of right records gathered next to each other; only the records whose
  ;; count reaches $min are written, as (k, count) pairs of i32, and their number is returned
  (func (export "and_popcount_contiguous_above") (param $a i32) (param $b i32) (param $n i32) (param $out i32) (param $min i32) (result i32)
    (local $end i32) (local $c i32) (local $k i32) (local $o i32) (local $a0 i64) ... (local $a15 i64)
    ;; a0..a15 loaded as in and_popcount_contiguous; $end = $b + $n * 128; $o = $out; $k = 0
    (block $done (loop $next
      (br_if $done (i32.ge_u (local.get $b) (local.get $end)))
      (local.set $c (i32.wrap_i64 (i64.add ... (i64.popcnt (i64.and (local.get $a15) (i64.load offset=120 (local.get $b)))))))
      (if (i32.ge_u (local.get $c) (local.get $min)) (then
        (i32.store (local.get $o) (local.get $k))
        (i32.store offset=4 (local.get $o) (local.get $c))
        (local.set $o (i32.add (local.get $o) (i32.const 8)))))
      (local.set $b (i32.add (local.get $b) (i32.const 128)))
      (local.set $k (i32.add (local.get $k) (i32.const 1)))
      (br $next)))
    (i32.shr_u (i32.sub (local.get $o) (local.get $out)) (i32.const 3)))
  ;; gather: record idx[k] of base is copied to record k of dst (16 i64 loads and stores), k < n
  (func (export "gather") (param $base i32) (param $idx i32) (param $n i32) (param $dst i32)
    (local $end i32) (local $from i32)
    ;; $end = $dst + $n * 128; per record: $from = $base + (i32.load $idx) * 128,
    ;; (i64.store offset=8w (local.get $dst) (i64.load offset=8w (local.get $from))) for w = 0..15
  )
)
