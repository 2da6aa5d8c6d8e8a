/**
 * Small deliberately good and bad code bases, used only to prove that the architecture rules bite
 * (they fail on {@code bad}) and do not fire falsely (they pass on {@code good}).
 */
package archsample;
