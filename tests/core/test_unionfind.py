from workbench.unionfind import UnionFind


def test_groups_join_through_others_and_the_smallest_root_wins():
    uf: UnionFind[int] = UnionFind(range(6))
    uf.union(4, 2)
    uf.union(2, 5)
    assert uf.find(5) == uf.find(4) == 2
    assert uf.find(0) == 0 and uf.find(3) == 3
    assert uf.union(3, 5) == 2


def test_unseen_items_are_groups_of_their_own():
    uf: UnionFind[str] = UnionFind()
    assert uf.find("deir ez-zor") == "deir ez-zor"
    uf.union("deir ezzor", "deir ez-zor")
    assert uf.find("deir ezzor") == "deir ez-zor"
