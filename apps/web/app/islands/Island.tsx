import { type ComponentProps, type ComponentType, useContext } from "react";
import { LiteMode } from "../render/lite-mode.ts";
import { ISLANDS, type IslandName } from "./registry.ts";

/**
 * Renders an island on the server inside a container that carries its name and props, from
 * which the reader script hydrates the same component with the same props (so the markup
 * matches). The container takes no box of its own (`display: contents`).
 */
export function Island<Name extends IslandName>({
  name,
  props,
}: {
  name: Name;
  props: ComponentProps<(typeof ISLANDS)[Name]>;
}) {
  // The registry's union of components does not narrow by `Name`; the props were checked above.
  const Component = ISLANDS[name] as unknown as ComponentType<object>;
  // A lite page runs no script: the server's rendering is all it gets, without the props to hydrate.
  if (useContext(LiteMode)) return <Component {...(props as object)} />;
  return (
    <div className="island" data-island={name} data-props={JSON.stringify(props)}>
      <Component {...(props as object)} />
    </div>
  );
}
