package dev.parallax.internal.compare;

/** Disjoint sets over {@code 0..n-1}; the representative of a set is its smallest member. Not thread-safe. */
final class UnionFind {
  private final int[] parent;

  UnionFind(int n) {
    parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
  }

  int find(int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  void union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra < rb) {
      parent[rb] = ra;
    } else if (rb < ra) {
      parent[ra] = rb;
    }
  }
}
