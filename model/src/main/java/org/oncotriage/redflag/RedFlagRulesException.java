package org.oncotriage.redflag;

/** A rule file that cannot be used: names the rule or list and what is wrong with it. */
public class RedFlagRulesException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  RedFlagRulesException(String message) {
    super(message);
  }

  RedFlagRulesException(String message, Throwable cause) {
    super(message, cause);
  }
}
