import { useTranslation } from "react-i18next";

/**
 * Plain share links (no third-party script, no tracking): each network's public share URL
 * with the article's absolute URL and title.
 */
export function ShareControls({ url, title }: { url: string; title: string }) {
  const { t } = useTranslation("article");
  const u = encodeURIComponent(url);
  const text = encodeURIComponent(title);
  const networks = [
    { name: "X", href: `https://x.com/intent/post?url=${u}&text=${text}` },
    { name: "Facebook", href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { name: "WhatsApp", href: `https://wa.me/?text=${text}%20${u}` },
  ];
  return (
    <nav aria-label={t("share.label")}>
      <ul className="share-list">
        {networks.map((network) => (
          <li key={network.name}>
            <a href={network.href} rel="noopener noreferrer" target="_blank">
              <span aria-hidden="true">{network.name}</span>
              <span className="visually-hidden">{t("share.on", { network: network.name })}</span>
            </a>
          </li>
        ))}
        <li>
          <a href={`mailto:?subject=${text}&body=${u}`}>{t("share.byEmail")}</a>
        </li>
      </ul>
    </nav>
  );
}
