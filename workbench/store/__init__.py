"""The review store: one SQLite file holding articles, candidates, claims and a tamper-evident audit log.

    from workbench.store import Store, StoreError

    store = Store.open(path, analyst=None, readonly=False)
        Writable: creates the file and migrates the schema. readonly=True opens with mode=ro and never
        creates or modifies the file. Bad files (not SQLite, corrupt, newer schema, read-only file when
        writing, missing folder) raise StoreError("<path>: <reason>"). analyst defaults to
        $WORKBENCH_ANALYST, else the OS user. store.path, store.analyst; store.close(); `with` works.

    store.ingest(analysis) -> IngestReport(added, unchanged, new_versions, moved, stale)
        Idempotent. An article is known by its source (corpus.source_of: the resolved file path, or the
        address): one stored before keeps its stored id, a new one gets its file stem made unique in the
        store (stem, stem-2, ...); the analysis is stored under those ids. An unchanged article (same
        sha256) takes the analysis's fields and exactly its candidates. A changed one becomes a new
        version; decisions on facts still there (same kind and text; same sentence text, then nearest
        offset) move to the new candidates, the others stay on the old version's candidate, renamed
        "<id>@v<version>", stale. So does an unchanged one whose decided candidate the analysis dropped.
        The analysis's extractions, inputs and warnings replace those kept before (store.reuse). The
        analyst's corrections are made again to the analysis first; those it leaves nothing to apply to
        are stale (stale_corrections).

    Reads return the frozen dataclasses of workbench.store.records, read by attribute:
        articles(within=None) -> [ArticleRecord: id, path, title, sha256, text, version, boilerplate, dateline, ingested_at,
                        outlet, published, url, author, family, outlet_inferred]
            current version of each article, in ingestion order; `within`: only those articles (a story's)
        page(address) -> model.Page | None
            the web page (original bytes) of the current version of the article read from that
            address or .html path; ingest keeps each article's page
        extractions(keys) -> {key: model.Extraction}
            the extractions of the latest ingestion's articles kept under these keys (extract.extraction_key)
        analysed(inputs) -> [warnings] | None
            the warnings of the analysis the store holds when it was made from `inputs` (pipeline.inputs_of;
            the analysis's own `inputs`), else None: a reopen of unchanged files need not analyse them again
        candidates(article_id=None, within=None) -> [CandidateRecord: contract fields (hedge, bounds, variant, diff, key,
                                         attributed_to included), version, claim_id, status, stale]
            current-version candidates, then stale ones (older version, carrying a decision); of one article or
            of those `within`
        candidate(candidate_id) -> CandidateRecord | None
        candidate_states(within=None) -> [CandidateState: id, article, kind, status, text, value (names only)]
            each current candidate in brief, cheap to read for all (the story list's counts)
        clusters(within=None) -> [ClusterRecord: id, kind, members, articles, status, independent_sources, detail,
                       speakers_differ, origins]
            from the latest analysis (`within`: those with a member in one of these articles)
        stories() -> [StoryRecord: id, articles]  the latest analysis's stories (one, "all", in a store made before)
        shared_passages(within=None) -> [PassageRecord: articles, spans [[article, start, end]], similarity]
            from the latest analysis (`within`: those in one of these articles)
        claims(status=None) -> [ClaimRecord: id, kind, label, value, status, note, members, analyst, decided_at,
                                stale, rating, evidence, decisions {analyst: AnalystDecision(status, rating)},
                                settlement Settlement(adjudicator, status, rating, settled {analyst: AnalystDecision})]
            status: pending, confirmed, rejected, rated (a rating between the scale's top and bottom), dismissed,
            disputed; derived from the analysts' own decisions: the one given, the one all give, else disputed;
            a settled claim's is its settlement's
        claim_of(candidate_id) -> ClaimRecord | None
        mentions() -> {claim id: [MentionRecord: member with article title/path/sha256/version/outlet/published/
                                  url/author and sentence text]}
        progress() -> Progress(pending, confirmed, rejected, conflicts_open, rated, dismissed, disputed)
            pending candidates, decided claims, conflict clusters with a member still pending
        history(candidate_id) -> events touching the candidate, its claim or that claim's members, oldest first
        events() -> [EventRecord: seq, at, analyst, action, target, before, after, prev_hash, hash]
        verify(expect=None) -> VerifyResult(ok, count, bad_seq, reason, claims, bad_claim, articles, bad_article,
                                            bad_candidate, anchor_seq, bad_cluster)
            the hash chain; with expect (a head hash kept before), that an event still has that hash; every
            stored article version (text and metadata), candidate, cluster and the shared passages against
            what the log commits to (store/content.py); then every claim (fields and members) against its
            latest snapshot in the log, members followed through re-ingestions; names the first broken seq,
            missing anchor, differing article, candidate or cluster, or differing claim
        decided_by(analyst) -> {claim id}   the claims the analyst has a decision of their own on
        touched_since(seq) -> {ref}   candidate ids, "claim:<id>" and article ids the events after seq touched
        data_version() -> int         changes when another connection commits (SQLite's PRAGMA data_version)
        head() -> Head(hash, count)   the last event's hash (64 zeros when none) and the event count
        check_signatures(trusted=None, source="") -> signatures.SignatureCheck(signed, unsigned, problems, ok)
            every event's Ed25519 signature against the key the store registered for its analyst, or against
            `trusted` ({analyst: key} from the keys file `source`, keys.read_keys_file): see store/signatures.py
        with store.reading(): ...     the reads inside see one state of the file

    Decisions: each one transaction writing the change and its audit event, committed on return;
    each returns the ClaimRecord; unknown ids raise StoreError; a no-op writes no event. A status (confirm,
    reject, rate, dismiss, reset, accept) is the analyst's own decision; the claim's status derives from all of
    theirs. After mark_viewed() (the caller shows the store as it is), a decision on a candidate someone else
    (another analyst, or another Store on the file) changed since is refused with views.StaleView, a StoreError
    carrying the claim as it is now.
        confirm(cid, rating=None), reject(cid, rating=None)
                                       a candidate with no claim gets a one-member claim; the rating is
                                       the scale's top (bottom) when given
        rate(cid, rating, status)      a rating and the status it implies (confirmed, rejected or rated)
        dismiss(cid)                   not a checkable fact: status dismissed, no rating
        settle(cid, status, rating=None)  an adjudicator settles a disputed claim: its status is then this verdict,
                                       each analyst's decision kept; the "settle" event names what it settled
                                       (its after's settlement.settled); undone like a decision (disputed again)
        add_evidence(cid, EvidenceRecord, page=None), remove_evidence(cid, index)
                                       the claim's evidence ledger (store/evidence.py); an address's page kept
        reset(cid)                     back to pending (None when the candidate has no claim)
        link(cid, other_cids)          one claim for all of them, merging their claims into cid's
        unlink(cid)                    the claim it left, or None when that claim is now empty and gone
        note(cid, text), edit_value(cid, value)
        accept_cluster(cluster_id, only=None)  one confirmed claim from the cluster's members (or only
                                       those listed, e.g. the ones agreeing on a value)
        accept(cids)                   one confirmed claim of exactly these candidates (a group no stored
                                       cluster holds), one "accept" event
        undo() -> event | None         reverses this analyst's last decision or correction not yet undone with a
                                       new "undo" event (after.undoes = its seq); repeated undo walks back; on
                                       a claim another analyst changed since, only their own decision (and the
                                       fields no one changed since) is put back
        redo() -> event | None         reverses this analyst's last undo not yet redone ("redo", after.redoes),
                                       None once they decided anew; a redo is undone like a decision
        stale_decisions() -> [StaleRecord: candidate, claim_id, status, kind, article, version, text, sentence,
                              start, end, suggestion, new_text, new_sentence, new_start, new_end]
            each claim's mention a re-import left on an older version, with the current mention most like it
        reattach(stale_cid, new_cid)   the new mention takes the stale one's place in its claim ("reattach")
        gone(stale_cid)                the stale mention leaves its claim: its fact is gone ("gone")

    Corrections (store/corrections.py): each one transaction and one audited event recording the rows and claims
    it changes and committing to the article's content or the suggestions it changes; kept in the store and made
    again to every later analysis at ingest; undone and redone like decisions.
        mark_fact(article_id, start, end, kind) -> cid   a candidate the extractor missed
        correct_span(cid, start, end) -> new cid          its claim follows it
        set_speaker(cid, source)       a quote's speaker and any fact's attribution (None: no one)
        split(cid), move(cid, beside_cid)  out of its suggested cluster, into beside_cid's
        corrections_made() -> [Correction: id, action, article, target, data]
        stale_corrections() -> [Correction]  those the latest analysis left nothing to apply to
        let_go(correction_id)          forget a stale correction ("let_go")

    Merging (store/merge.py): merge.merge_stores(paths, output, analyst, force=False) -> MergeReport(event, claims,
    disputed, imported) checks every input (chain, content, claims, signatures; the same article versions; no two
    keys for an analyst), copies the first to `output` and takes the others in with store.merge_in(base, others):
    claims matched by their mentions, every analyst's decision kept (the same analyst's later one wins), one
    "merge" event naming the inputs and their heads, each other chain kept whole (store/merged.py) and verified
    with the store's; merge.MergeError (a StoreError) names the file that cannot be merged and why.

    split_name(name, spelling) -> bool   a spelling split off its canonical name into its own group, with a
                                       "split_name" event (False, no event, when already split; not undone by undo)
    name_splits() -> {(name, spelling)}

    get_state(key, default=None) / set_state(key, value, wait=True): small JSON UI state, persisted, not
    audited; wait=False raises StoreError at once rather than wait while another process writes.
    Values are JSON: NaN and infinities are refused (StoreError), in decisions as in state.

Audit events: at is ISO 8601 UTC with milliseconds; before/after are {"claims": {id: snapshot|null}}
for decisions (a correction, its undo or redo also {"candidates"|"clusters"|"corrections": {id: row|null}},
and in after the version and content, or the suggestions, it commits to), {version, sha256, moved, stale, content} for "ingest", {version, sha256, content} for
"refresh" (a re-analysis changed an unchanged article's fields or candidates), {articles: {id: {version:
content}}, suggestions} for "commit" (once, for the articles of a store made before schema 6); content is
what the event commits to (workbench.store.content); the last event of an ingestion that changes the
suggested clusters or shared passages carries `suggestions` (a "suggest" event when it writes no other);
{split: null} -> {split: spelling} for "split_name" (target "name:<canonical name>"); hash = sha256 of the canonical JSON of
{seq, at, analyst, action, target, before, after, prev_hash}. UPDATE and DELETE on the log abort.

Signatures: every write signs the events it appends with the analyst's key (store/keys.py: made on first use in
$WORKBENCH_KEYS or ~/.config/workbench/keys; a key that cannot be read or made fails the write with
keys.KeyFileError, a StoreError); an analyst's first signed event registers their public key in the store.
"""

from .audit import Head, VerifyResult
from .connection import StoreError
from .corrections import Correction
from .ingest import IngestReport
from .records import (
    AnalystDecision,
    ArticleRecord,
    CandidateRecord,
    CandidateState,
    ClaimRecord,
    ClusterRecord,
    EventRecord,
    EvidenceRecord,
    MentionRecord,
    PassageRecord,
    Progress,
    Settlement,
)
from .stale import StaleRecord
from .store import Store, default_analyst
from .stories import StoryRecord
from .views import StaleView

__all__ = [
    "AnalystDecision",
    "ArticleRecord",
    "CandidateRecord",
    "CandidateState",
    "ClaimRecord",
    "ClusterRecord",
    "Correction",
    "EventRecord",
    "EvidenceRecord",
    "Head",
    "IngestReport",
    "MentionRecord",
    "PassageRecord",
    "Progress",
    "Settlement",
    "StaleRecord",
    "StaleView",
    "Store",
    "StoreError",
    "StoryRecord",
    "VerifyResult",
    "default_analyst",
]
