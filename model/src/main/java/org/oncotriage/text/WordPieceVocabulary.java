package org.oncotriage.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A WordPiece vocabulary: word-initial pieces ({@code "nause"}) and continuation pieces ({@code
 * "##a"}), each with an id. The first ids are the {@link #SPECIAL_TOKENS}, in that order. Immutable
 * and thread-safe.
 */
public final class WordPieceVocabulary {

  /** Prefix of a piece that continues a word. */
  static final String CONTINUATION = "##";

  static final String PAD = "[PAD]";
  static final String UNK = "[UNK]";
  static final String CLS = "[CLS]";
  static final String PATIENT = "[PATIENT]";
  static final String CAREGIVER = "[CAREGIVER]";
  static final String CLINIC = "[CLINIC]";
  static final String CUT = "[CUT]";

  /**
   * Ids 0..6: padding, unknown, the classification token that starts every input, one marker per
   * sender role, and the marker of a place where the truncation policy dropped text.
   */
  public static final List<String> SPECIAL_TOKENS =
      List.of(PAD, UNK, CLS, PATIENT, CAREGIVER, CLINIC, CUT);

  static final int PAD_ID = 0;
  public static final int UNK_ID = 1;
  static final int CLS_ID = 2;
  static final int CUT_ID = 6;

  private final List<String> pieces;
  private final Map<String, Integer> ids;

  /**
   * @param pieces every piece in id order, starting with {@link #SPECIAL_TOKENS}; no duplicates
   */
  WordPieceVocabulary(List<String> pieces) {
    this.pieces = List.copyOf(Objects.requireNonNull(pieces, "pieces"));
    if (this.pieces.size() < SPECIAL_TOKENS.size()
        || !this.pieces.subList(0, SPECIAL_TOKENS.size()).equals(SPECIAL_TOKENS)) {
      throw new IllegalArgumentException(
          "a vocabulary must start with the special tokens " + SPECIAL_TOKENS);
    }
    Map<String, Integer> map = new HashMap<>(this.pieces.size() * 2);
    for (int i = 0; i < this.pieces.size(); i++) {
      if (map.put(this.pieces.get(i), i) != null) {
        throw new IllegalArgumentException("duplicate piece at id " + i);
      }
    }
    this.ids = map;
  }

  /** The number of pieces, special tokens included. */
  public int size() {
    return pieces.size();
  }

  /** The id of {@code piece}, or -1 when it is not in the vocabulary. */
  int idOf(String piece) {
    Integer id = ids.get(piece);
    return id == null ? -1 : id;
  }

  /** The piece with id {@code id}. */
  String pieceOf(int id) {
    return pieces.get(id);
  }

  /** The marker id of a sender role. */
  int markerOf(org.oncotriage.conversation.Sender sender) {
    return switch (sender) {
      case PATIENT -> 3;
      case CAREGIVER -> 4;
      case CLINIC -> 5;
    };
  }

  /** All pieces in id order. */
  List<String> pieces() {
    return pieces;
  }

  /** The file form: one piece a line, UTF-8, in id order. */
  public byte[] toBytes() {
    return (String.join("\n", pieces) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /** Parses {@link #toBytes()}. */
  public static WordPieceVocabulary fromBytes(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    return new WordPieceVocabulary(lines);
  }

  void write(Path file) throws IOException {
    Files.write(file, toBytes());
  }
}
