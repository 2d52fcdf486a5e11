package dk.aarsrapport.plan;

import dk.aarsrapport.stage.Modtager;

/**
 * A {@code Modtagere} row and the document made for it: {@code pack} null when nothing belongs to it;
 * {@code draftPack} the same document under kladde/ when the run draws drafts and the pack holds a blocked part.
 */
public record Recipient(Modtager modtager, Document pack, Document draftPack) {
}
