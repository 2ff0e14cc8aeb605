// Package openai is an ai.Provider for OpenAI's API and for the services that
// speak it, Google's Gemini among them (its OpenAI-compatible endpoint, see
// NewGemini). Both go through the same code, built on go-openai.
//
// Texts are streamed chat completions: the request's System text is the
// system message, its History the user and assistant messages that follow,
// its Prompt the last user message; each piece of text goes to
// Request.Delta as it arrives, the pieces are joined, Request.Progress is told
// how far the answer got, and the token usage is asked for in the stream. A
// completion stopped by the token limit (finish_reason "length") is not an
// error but a Truncated output. Images come from the images endpoint, as
// base64 in the answer or, for a service that answers with a URL, downloaded;
// either way they are capped at Config.MaxImageBytes and must sniff as an
// image.
//
// # Token limits
//
// Request.MaxTokens, when set, goes to OpenAI (and any service given to New)
// as max_completion_tokens: its
// API reference deprecates max_tokens for it, and the o-series and newer
// models refuse max_tokens. It goes to Gemini as max_tokens: the reference of
// its OpenAI-compatible endpoint (ai.google.dev/api/compatibility) lists
// maxTokens as well as maxCompletionTokens. With no MaxTokens neither is
// sent: the model's own default applies.
//
// # Models and prices
//
// Models lists the models below unless Config.Models replaces them. Prices
// are the public list prices in US dollars, per million tokens for texts and
// per 1024x1024 image for images (gpt-image-1 is billed by tokens; its price
// here is OpenAI's own figure for one medium-quality square image).
//
//	provider  model                    kind   quality  input/M  output/M  per image
//	openai    gpt-4.1-nano             text   2        0.10     0.40
//	openai    gpt-4o-mini (default)    text   3        0.15     0.60
//	openai    gpt-4.1-mini             text   3        0.40     1.60
//	openai    gpt-4.1                  text   4        2.00     8.00
//	openai    gpt-4o                   text   4        2.50     10.00
//	openai    dall-e-2                 image  2                           0.020
//	openai    dall-e-3                 image  3                           0.040
//	openai    gpt-image-1 (default)    image  4                           0.042
//	gemini    gemini-2.0-flash-lite    text   2        0.075    0.30
//	gemini    gemini-2.0-flash (def.)  text   3        0.10     0.40
//	gemini    gemini-2.5-flash         text   4        0.30     2.50
//	gemini    imagen-3.0-generate-002  image  4                           0.030
//	          (default)
//
// # Errors
//
// Every failure is an *ai.Error named after the provider. HTTP statuses map
// through ai.ClassForStatus; a 400 that is a content-policy or safety refusal
// is ai.ClassContentPolicy, as is a completion stopped by the content filter;
// a 429 carries the answer's Retry-After. A deadline is ai.ClassTimeout; an
// answer that cannot be decoded, is cut short or holds no output is
// ai.ClassMalformed; an answer or image past the caps is ai.ClassTooLarge;
// no answer at all is ai.ClassNetwork. The API key never appears in an error.
package openai
