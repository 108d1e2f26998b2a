import type { ValidationError } from "@sahifa/domain/block-validation";
import { BLOCK_TYPES, type BlockType, type BodyBlock, type InlineRun } from "@sahifa/domain/blocks";
import type { Locale } from "@sahifa/domain/locales";
import { LOCALE_CONFIG } from "@sahifa/domain/locales";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  emptyBlock,
  insertBlock,
  joinWithPrevious,
  moveBlock,
  parseArticleIds,
  removeBlock,
  splitParagraph,
} from "../editor/body-editing.ts";
import { type BodyMedia, formatDuration, type MediaChoice } from "../editor/media-choice.ts";
import { ParagraphField } from "../editor/rich-text/ParagraphField.tsx";
import type { FocusRequest } from "../editor/rich-text/RichTextField.tsx";
import { useDeskUi } from "../use-desk-ui.ts";
import { BlockTextFields } from "./BlockTextFields.tsx";
import { editionNames } from "./MediaLibrary.tsx";
import { MediaSelect } from "./MediaSelect.tsx";

type Change = (block: BodyBlock) => void;

function ownErrors(errors: readonly ValidationError[], prefix: string) {
  return errors.filter(
    (error) =>
      error.field === prefix || error.field.startsWith(`${prefix}.`) || error.field.startsWith(`${prefix}[`),
  );
}

function Errors({ errors }: { errors: readonly ValidationError[] }) {
  return (
    <>
      {errors.map((error) => (
        <span key={`${error.field}:${error.message}`} className="desk-field-error">
          {error.message}
        </span>
      ))}
    </>
  );
}

/** The fields of one block, by type: everything an editor sets, not only its text. */
function BlockFields({
  block,
  index,
  locale,
  media,
  errors,
  onChange,
  onSplit,
  onJoinBackward,
  focus,
}: {
  block: BodyBlock;
  index: number;
  locale: Locale;
  media: BodyMedia;
  errors: readonly ValidationError[];
  onChange: Change;
  onSplit: (before: InlineRun[], after: InlineRun[]) => void;
  onJoinBackward: () => boolean;
  focus: FocusRequest | null;
}) {
  const { t } = useTranslation("desk");
  const id = (field: string) => `block-${index}-${field}`;
  switch (block.type) {
    case "paragraph":
      return (
        <ParagraphField
          label={t("compose.blocks.paragraph")}
          runs={block.content}
          locale={locale}
          readOnly={false}
          errors={ownErrors(errors, "content")}
          onChange={(content) => onChange({ ...block, content })}
          onSplit={onSplit}
          onJoinBackward={onJoinBackward}
          focus={focus}
        />
      );
    case "heading":
      return (
        <div className="desk-slot desk-slot-row">
          <label htmlFor={id("level")}>{t("compose.headingLevel")}</label>
          <select
            id={id("level")}
            value={block.level}
            onChange={(event) => onChange({ ...block, level: event.currentTarget.value === "3" ? 3 : 2 })}
          >
            <option value="2">2</option>
            <option value="3">3</option>
          </select>
          <label htmlFor={id("text")}>{t("compose.blocks.heading")}</label>
          <input
            id={id("text")}
            type="text"
            value={block.text}
            data-testid="heading-text"
            onChange={(event) => onChange({ ...block, text: event.currentTarget.value })}
          />
          <Errors errors={ownErrors(errors, "text")} />
        </div>
      );
    case "quote":
      return (
        <div className="desk-slot">
          <label htmlFor={id("text")}>{t("compose.quoteText")}</label>
          <textarea
            id={id("text")}
            rows={2}
            value={block.text}
            onChange={(event) => onChange({ ...block, text: event.currentTarget.value })}
          />
          <Errors errors={ownErrors(errors, "text")} />
          <label htmlFor={id("attribution")}>{t("compose.attribution")}</label>
          <input
            id={id("attribution")}
            type="text"
            value={block.attribution ?? ""}
            onChange={(event) => {
              const attribution = event.currentTarget.value;
              const { attribution: _, ...rest } = block;
              onChange(attribution === "" ? rest : { ...rest, attribution });
            }}
          />
          <Errors errors={ownErrors(errors, "attribution")} />
        </div>
      );
    case "list":
      return (
        <div className="desk-slot">
          <label>
            <input
              type="checkbox"
              checked={block.ordered}
              onChange={(event) => onChange({ ...block, ordered: event.currentTarget.checked })}
            />{" "}
            {t("compose.ordered")}
          </label>
          {block.items.map((item, itemIndex) => (
            <div key={itemIndex} className="desk-list-item">
              <ParagraphField
                label={t("compose.listItem", { index: itemIndex + 1 })}
                runs={item}
                locale={locale}
                readOnly={false}
                errors={ownErrors(errors, `items[${itemIndex}]`)}
                testId="list-item-field"
                onChange={(runs: InlineRun[]) =>
                  onChange({ ...block, items: block.items.with(itemIndex, runs) })
                }
              />
              {block.items.length > 1 ? (
                <button
                  type="button"
                  className="desk-button desk-button-quiet"
                  onClick={() => onChange({ ...block, items: block.items.filter((_, i) => i !== itemIndex) })}
                >
                  {t("compose.remove")}
                </button>
              ) : null}
            </div>
          ))}
          <button
            type="button"
            className="desk-button desk-button-quiet"
            onClick={() => onChange({ ...block, items: [...block.items, [{ text: "" }]] })}
          >
            {t("compose.addItem")}
          </button>
        </div>
      );
    case "image":
      return (
        <div className="desk-slot">
          <label htmlFor={id("media")}>{t("compose.chooseImage")}</label>
          <MediaSelect
            id={id("media")}
            edition={locale}
            page={media.images}
            value={block.mediaId}
            onChange={(mediaId) => mediaId !== null && onChange({ ...block, mediaId })}
          />
          <Errors errors={ownErrors(errors, "mediaId")} />
          <label htmlFor={id("caption")}>{t("compose.caption")}</label>
          <input
            id={id("caption")}
            type="text"
            value={block.caption ?? ""}
            onChange={(event) => {
              const caption = event.currentTarget.value;
              const { caption: _, ...rest } = block;
              onChange(caption === "" ? rest : { ...rest, caption });
            }}
          />
          <Errors errors={ownErrors(errors, "caption")} />
        </div>
      );
    case "gallery":
      return (
        <div className="desk-slot">
          {block.items.map((item, itemIndex) => (
            <div key={itemIndex} className="desk-list-item">
              <label htmlFor={id(`item-${itemIndex}`)}>{t("compose.chooseImage")}</label>
              <MediaSelect
                id={id(`item-${itemIndex}`)}
                edition={locale}
                page={media.images}
                value={item.mediaId}
                onChange={(mediaId) =>
                  mediaId !== null &&
                  onChange({ ...block, items: block.items.with(itemIndex, { ...item, mediaId }) })
                }
              />
              <label htmlFor={id(`caption-${itemIndex}`)}>{t("compose.caption")}</label>
              <input
                id={id(`caption-${itemIndex}`)}
                type="text"
                value={item.caption ?? ""}
                onChange={(event) => {
                  const caption = event.currentTarget.value;
                  const next = caption === "" ? { mediaId: item.mediaId } : { ...item, caption };
                  onChange({ ...block, items: block.items.with(itemIndex, next) });
                }}
              />
              {block.items.length > 1 ? (
                <button
                  type="button"
                  className="desk-button desk-button-quiet"
                  onClick={() => onChange({ ...block, items: block.items.filter((_, i) => i !== itemIndex) })}
                >
                  {t("compose.remove")}
                </button>
              ) : null}
              <Errors errors={ownErrors(errors, `items[${itemIndex}]`)} />
            </div>
          ))}
          {media.images.items[0] ? (
            <button
              type="button"
              className="desk-button desk-button-quiet"
              onClick={() => {
                const first = media.images.items[0];
                if (first) onChange({ ...block, items: [...block.items, { mediaId: first.id }] });
              }}
            >
              {t("compose.addImage")}
            </button>
          ) : null}
        </div>
      );
    case "video":
      return (
        <VideoFields
          block={block}
          id={id}
          locale={locale}
          videos={media.videos}
          errors={errors}
          onChange={onChange}
        />
      );
    case "related":
      return (
        <RelatedFields
          block={block}
          id={id("ids")}
          errors={ownErrors(errors, "articleIds")}
          onChange={onChange}
        />
      );
  }
}

/** The block with `choice` as its library video: file, poster and duration from the library. */
function withVideo(block: Extract<BodyBlock, { type: "video" }>, choice: MediaChoice | null): BodyBlock {
  const { mediaId: _m, posterMediaId: _p, durationSeconds: _d, ...rest } = block;
  if (!choice?.video) return { ...rest, url: "" };
  const { posterId, durationSeconds, url } = choice.video;
  return {
    ...rest,
    url,
    title: block.title.trim() === "" ? choice.alt : block.title,
    mediaId: choice.id,
    ...(posterId !== null ? { posterMediaId: posterId } : {}),
    ...(durationSeconds !== null ? { durationSeconds: Math.round(durationSeconds) } : {}),
  };
}

/**
 * A video from the media library, shown with its poster, length and the languages that have
 * captions (warned about when the edition being written has none); an outside address is
 * still taken for a video that is not in the library.
 */
function VideoFields({
  block,
  id,
  locale,
  videos,
  errors,
  onChange,
}: {
  block: Extract<BodyBlock, { type: "video" }>;
  id: (field: string) => string;
  locale: Locale;
  videos: BodyMedia["videos"];
  errors: readonly ValidationError[];
  onChange: Change;
}) {
  const { t } = useTranslation("desk");
  const ui = useDeskUi();
  // The choice last made here (it may come from a search, beyond the first page).
  const [picked, setPicked] = useState<MediaChoice | null>(null);
  const chosen =
    block.mediaId === undefined
      ? null
      : picked?.id === block.mediaId
        ? picked
        : (videos.items.find((item) => item.id === block.mediaId) ?? null);
  const info = chosen?.video ?? null;
  return (
    <div className="desk-slot" data-testid="video-fields">
      <label htmlFor={id("video")}>{t("compose.chooseVideo")}</label>
      {videos.totalCount === 0 && block.mediaId === undefined ? (
        <p className="desk-hint">{t("compose.noVideos")}</p>
      ) : (
        <MediaSelect
          id={id("video")}
          kind="video"
          edition={locale}
          page={videos}
          value={block.mediaId ?? null}
          onChange={(_mediaId, choice) => {
            setPicked(choice);
            onChange(withVideo(block, choice));
          }}
        />
      )}
      {info ? (
        <div className="desk-video-facts" data-testid="video-facts">
          {info.durationSeconds !== null ? (
            <span data-testid="video-duration">
              {t("compose.videoDuration", { duration: formatDuration(info.durationSeconds) })}
            </span>
          ) : null}
          <span data-testid="video-captions">
            {info.captionLocales.length > 0
              ? t("compose.videoCaptions", { languages: editionNames(info.captionLocales, ui) })
              : t("compose.videoNoCaptions")}
          </span>
          {info.posterId === null ? <p className="desk-warning">{t("compose.videoNoPoster")}</p> : null}
          {!info.captionLocales.includes(locale) ? (
            <p className="desk-warning" role="status" data-testid="captions-missing">
              {t("compose.captionsMissing", { language: LOCALE_CONFIG[locale].nativeName })}
            </p>
          ) : null}
        </div>
      ) : (
        <>
          <label htmlFor={id("url")}>{t("compose.videoUrl")}</label>
          <input
            id={id("url")}
            type="text"
            dir="ltr"
            inputMode="url"
            value={block.url}
            onChange={(event) => onChange({ ...block, url: event.currentTarget.value })}
          />
        </>
      )}
      {ownErrors(errors, "url").length > 0 || ownErrors(errors, "mediaId").length > 0 ? (
        <Errors errors={[...ownErrors(errors, "url"), ...ownErrors(errors, "mediaId")]} />
      ) : null}
      <label htmlFor={id("title")}>{t("compose.videoTitle")}</label>
      <input
        id={id("title")}
        type="text"
        value={block.title}
        onChange={(event) => onChange({ ...block, title: event.currentTarget.value })}
      />
      <Errors errors={ownErrors(errors, "title")} />
    </div>
  );
}

/** Article numbers as typed: kept as text while typing so a trailing comma is not swallowed. */
function RelatedFields({
  block,
  id,
  errors,
  onChange,
}: {
  block: Extract<BodyBlock, { type: "related" }>;
  id: string;
  errors: readonly ValidationError[];
  onChange: Change;
}) {
  const { t } = useTranslation("desk");
  const [typed, setTyped] = useState(block.articleIds.join(", "));
  return (
    <div className="desk-slot">
      <label htmlFor={id}>{t("compose.relatedIds")}</label>
      <input
        id={id}
        type="text"
        dir="ltr"
        value={typed}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          setTyped(event.currentTarget.value);
          onChange({ ...block, articleIds: parseArticleIds(event.currentTarget.value) });
        }}
      />
      <span id={`${id}-hint`} className="desk-hint">
        {t("compose.relatedHint")}
      </span>
      <Errors errors={errors} />
    </div>
  );
}

/**
 * The body of an original: every block with its own fields, moved, removed and added with
 * buttons. Before hydration it shows each block's text fields only (a form that still saves).
 */
export function BodyEditor({
  body,
  locale,
  media,
  errors,
  live,
  onBodyChange,
  onSlotChange,
}: {
  body: readonly BodyBlock[];
  locale: Locale;
  media: BodyMedia;
  errors: readonly ValidationError[];
  live: boolean;
  onBodyChange: (body: BodyBlock[]) => void;
  onSlotChange: (index: number, path: string, value: string) => void;
}) {
  const { t } = useTranslation("desk");
  const [adding, setAdding] = useState<BlockType>("paragraph");
  // The block whose field takes the cursor after a split or a join, and where in its text.
  const [focused, setFocused] = useState<{ index: number; request: FocusRequest } | null>(null);
  const focusOn = (index: number, at: FocusRequest["at"]) =>
    setFocused((last) => ({ index, request: { at, seq: (last?.request.seq ?? 0) + 1 } }));
  const firstMedia = media.images.items[0]?.id ?? null;
  const offered = BLOCK_TYPES.filter((type) => emptyBlock(type, firstMedia) !== null);
  return (
    <div className="desk-body-editor" data-testid="body-editor">
      {body.length === 0 ? <p className="desk-hint">{t("compose.emptyBody")}</p> : null}
      {body.map((block, index) => {
        const blockErrors = errors.filter((error) => error.blockIndex === index);
        return (
          <section
            // Blocks have no id of their own: the position is what the form and the errors name.
            key={index}
            className="desk-block"
            data-block={index}
            data-type={block.type}
            data-testid="original-block"
            aria-label={`${t("editor.block", { index: index + 1 })}: ${t(`compose.blocks.${block.type}`)}`}
          >
            <header className="desk-block-head">
              <h2 className="desk-pair-label">
                {t("editor.block", { index: index + 1 })} · {t(`compose.blocks.${block.type}`)}
              </h2>
              {live ? (
                <span className="desk-block-tools">
                  <button
                    type="button"
                    className="desk-tool"
                    disabled={index === 0}
                    data-testid="move-up"
                    onClick={() => {
                      setFocused(null);
                      onBodyChange(moveBlock(body, index, -1));
                    }}
                  >
                    {t("compose.moveUp")}
                  </button>
                  <button
                    type="button"
                    className="desk-tool"
                    disabled={index === body.length - 1}
                    onClick={() => {
                      setFocused(null);
                      onBodyChange(moveBlock(body, index, 1));
                    }}
                  >
                    {t("compose.moveDown")}
                  </button>
                  <button
                    type="button"
                    className="desk-tool"
                    data-testid="remove-block"
                    onClick={() => {
                      setFocused(null);
                      onBodyChange(removeBlock(body, index));
                    }}
                  >
                    {t("compose.remove")}
                  </button>
                </span>
              ) : null}
            </header>
            {live ? (
              <BlockFields
                block={block}
                index={index}
                locale={locale}
                media={media}
                errors={blockErrors}
                onChange={(next) => onBodyChange(body.with(index, next) as BodyBlock[])}
                onSplit={(before, after) => {
                  onBodyChange(splitParagraph(body, index, before, after));
                  focusOn(index + 1, "start");
                }}
                onJoinBackward={() => {
                  const joined = joinWithPrevious(body, index);
                  if (!joined) return false;
                  onBodyChange(joined.body);
                  focusOn(index - 1, joined.caret);
                  return true;
                }}
                focus={focused?.index === index ? focused.request : null}
              />
            ) : (
              <BlockTextFields
                index={index}
                target={block}
                targetLocale={locale}
                readOnly={false}
                errors={blockErrors}
                onSlotChange={onSlotChange}
              />
            )}
          </section>
        );
      })}
      {live ? (
        <div className="desk-add-block">
          <label htmlFor="add-block-type">{t("compose.addBlock")}</label>
          <select
            id="add-block-type"
            value={adding}
            data-testid="add-block-type"
            onChange={(event) => setAdding(event.currentTarget.value as BlockType)}
          >
            {offered.map((type) => (
              <option key={type} value={type}>
                {t(`compose.blocks.${type}`)}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="desk-button"
            data-testid="add-block"
            onClick={() => {
              const block = emptyBlock(adding, firstMedia);
              if (block) onBodyChange(insertBlock(body, body.length, block));
            }}
          >
            {t("compose.add")}
          </button>
        </div>
      ) : null}
    </div>
  );
}
