import type { InlineRun } from "@sahifa/domain/blocks";
import { isSafeUrl } from "@sahifa/domain/safe-url";
import { Extension } from "@tiptap/core";
import Bold from "@tiptap/extension-bold";
import Document from "@tiptap/extension-document";
import Italic from "@tiptap/extension-italic";
import Link from "@tiptap/extension-link";
import Paragraph from "@tiptap/extension-paragraph";
import Text from "@tiptap/extension-text";
import { UndoRedo } from "@tiptap/extensions";
import { EditorContent, useEditor, useEditorState } from "@tiptap/react";
import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { docToRuns, runsToDoc, sameRuns } from "./inline-runs.ts";

/** One paragraph only: Enter does not split it (a new paragraph is a new block). */
const OneParagraph = Document.extend({ content: "paragraph" });

/** Where the field's cursor goes once mounted or asked: a character offset, or either end. */
export interface FocusRequest {
  at: "start" | "end" | number;
  /** A new number asks again (the same place twice in a row still moves the cursor). */
  seq: number;
}

/**
 * Enter and Backspace hand over to the block editor: Enter splits the paragraph at the cursor
 * (the text after it, marks kept, becomes the next block); Backspace at its start joins it to
 * the block before. Without handlers (a translator's fixed structure) Enter does nothing.
 */
const ParagraphKeys = Extension.create<{
  onSplit: ((before: InlineRun[], after: InlineRun[]) => void) | null;
  onJoinBackward: (() => boolean) | null;
}>({
  name: "paragraphKeys",
  addOptions: () => ({ onSplit: null, onJoinBackward: null }),
  addKeyboardShortcuts() {
    return {
      Enter: ({ editor }) => {
        // An input method composing a word owns Enter until it is done.
        if (editor.view.composing || !this.options.onSplit) return true;
        const { doc, selection } = editor.state;
        const before = docToRuns(doc.cut(0, selection.from).toJSON());
        const after = docToRuns(doc.cut(selection.to).toJSON());
        this.options.onSplit(before, after);
        return true;
      },
      Backspace: ({ editor }) => {
        const { selection } = editor.state;
        if (!this.options.onJoinBackward || !selection.empty || selection.$from.parentOffset !== 0)
          return false;
        return this.options.onJoinBackward();
      },
    };
  },
});

export interface RichTextFieldProps {
  /** The field's accessible name (its visible label's text). */
  label: string;
  value: readonly InlineRun[];
  lang: string;
  dir: "ltr" | "rtl";
  readOnly?: boolean;
  invalid?: boolean;
  onChange: (runs: InlineRun[]) => void;
  testId?: string;
  /** Originals: Enter splits the paragraph at the cursor into this block and the next one. */
  onSplit?: (before: InlineRun[], after: InlineRun[]) => void;
  /** Originals: Backspace at the start joins this block to the one before; false when it cannot. */
  onJoinBackward?: () => boolean;
  /** Put the cursor in the field (a block just split off, or the one another was joined to). */
  focus?: FocusRequest | null;
}

/**
 * One paragraph of text where bold, italic and links are edited in place (Tiptap, see
 * docs/architecture/080-rich-text-field.md). It reads and writes the domain's inline runs;
 * it is only mounted in the browser (the server renders the plain fallback fields).
 */
export function RichTextField({
  label,
  value,
  lang,
  dir,
  readOnly = false,
  invalid = false,
  onChange,
  testId,
  onSplit,
  onJoinBackward,
  focus = null,
}: RichTextFieldProps) {
  const { t } = useTranslation("desk");
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const onSplitRef = useRef(onSplit);
  onSplitRef.current = onSplit;
  const onJoinBackwardRef = useRef(onJoinBackward);
  onJoinBackwardRef.current = onJoinBackward;
  const [linkDraft, setLinkDraft] = useState<string | null>(null);
  const [linkProblem, setLinkProblem] = useState(false);
  const linkInputId = useId();

  const editor = useEditor({
    extensions: [
      OneParagraph,
      Paragraph,
      Text,
      Bold,
      Italic,
      UndoRedo,
      ParagraphKeys.configure({
        onSplit: (before, after) => onSplitRef.current?.(before, after),
        onJoinBackward: () => onJoinBackwardRef.current?.() ?? false,
      }),
      Link.configure({
        openOnClick: false,
        autolink: false,
        linkOnPaste: false,
        // The same rule the API applies: http(s) or site-relative, nothing else.
        isAllowedUri: (url) => isSafeUrl(url),
      }),
    ],
    content: runsToDoc(value),
    editable: !readOnly,
    // The desk renders on the server: the field appears once hydrated, never in the HTML.
    immediatelyRender: false,
    editorProps: {
      attributes: {
        class: "desk-rich-text-input",
        role: "textbox",
        "aria-multiline": "true",
        "aria-label": label,
        lang,
        dir,
        ...(invalid ? { "aria-invalid": "true" } : {}),
        ...(testId ? { "data-testid": testId } : {}),
      },
    },
    onUpdate: ({ editor: current }) => onChangeRef.current(docToRuns(current.getJSON())),
  });

  const active = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current?.isActive("bold") ?? false,
      italic: current?.isActive("italic") ?? false,
      link: (current?.getAttributes("link").href as string | undefined) ?? null,
    }),
  });

  // Text replaced from outside (a restored draft, the other side of a conflict): show it.
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    if (!sameRuns(docToRuns(editor.getJSON()), value)) {
      editor.commands.setContent(runsToDoc(value), { emitUpdate: false });
    }
  }, [editor, value]);

  useEffect(() => {
    editor?.setEditable(!readOnly, false);
  }, [editor, readOnly]);

  // After the text effect above, so the offset counts in the joined or split text.
  useEffect(() => {
    if (!focus || !editor || editor.isDestroyed) return;
    // A document position is the character offset plus one (the paragraph's opening).
    const at =
      typeof focus.at === "number" ? Math.min(focus.at + 1, editor.state.doc.content.size - 1) : focus.at;
    editor.commands.focus(at);
  }, [editor, focus]);

  function applyLink() {
    if (!editor || linkDraft === null) return;
    const href = linkDraft.trim();
    if (href === "") {
      editor.chain().focus().extendMarkRange("link").unsetLink().run();
    } else if (!isSafeUrl(href)) {
      setLinkProblem(true);
      return;
    } else {
      editor.chain().focus().extendMarkRange("link").setLink({ href }).run();
    }
    setLinkDraft(null);
    setLinkProblem(false);
  }

  return (
    <div className="desk-rich-text">
      {readOnly ? null : (
        <div className="desk-rich-text-tools" role="toolbar" aria-label={t("compose.formatting")}>
          <button
            type="button"
            className="desk-tool"
            aria-pressed={active?.bold ?? false}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => editor?.chain().focus().toggleBold().run()}
            data-testid="tool-bold"
          >
            <b>{t("compose.bold")}</b>
          </button>
          <button
            type="button"
            className="desk-tool"
            aria-pressed={active?.italic ?? false}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => editor?.chain().focus().toggleItalic().run()}
            data-testid="tool-italic"
          >
            <i>{t("compose.italic")}</i>
          </button>
          <button
            type="button"
            className="desk-tool"
            aria-pressed={active?.link !== null && active?.link !== undefined}
            aria-expanded={linkDraft !== null}
            aria-controls={linkInputId}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => setLinkDraft(linkDraft === null ? (active?.link ?? "") : null)}
            data-testid="tool-link"
          >
            {t("compose.link")}
          </button>
          {linkDraft !== null ? (
            <span className="desk-link-editor">
              <input
                id={linkInputId}
                type="text"
                dir="ltr"
                inputMode="url"
                placeholder="https://"
                aria-label={t("compose.linkAddress")}
                aria-invalid={linkProblem ? true : undefined}
                value={linkDraft}
                data-testid="link-href"
                onChange={(event) => {
                  setLinkDraft(event.currentTarget.value);
                  setLinkProblem(false);
                }}
                onKeyDown={(event) => {
                  if (event.key === "Enter") {
                    event.preventDefault();
                    applyLink();
                  } else if (event.key === "Escape") {
                    setLinkDraft(null);
                  }
                }}
              />
              <button
                type="button"
                className="desk-tool"
                onMouseDown={(event) => event.preventDefault()}
                onClick={applyLink}
                data-testid="link-apply"
              >
                {t("compose.applyLink")}
              </button>
              {linkProblem ? (
                <span className="desk-field-error" role="alert">
                  {t("validation.invalidLink")}
                </span>
              ) : null}
            </span>
          ) : null}
        </div>
      )}
      <EditorContent editor={editor} />
    </div>
  );
}
